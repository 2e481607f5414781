"""Custom Rasa NLU graph components (thin wrappers around the pure core)."""
