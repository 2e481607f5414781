// What the browser drivers (drive.mjs, drive_dashboard.mjs) share: how Debian's Chromium
// is launched, the CSP-violation recorder and the axe-core run.

export const LAUNCH = {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

// Runs in each page before its own scripts (page.addInitScript): records CSP
// violations, so a policy that blocks the page's own script, texts or requests shows up.
export function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
  });
}

// axe-core's violations on the page. axe is evaluated through the DevTools protocol,
// which the page's CSP does not govern, so the policy stays on for the page's own code.
export async function runAxe(page, axeSource) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const found = await window.axe.run(document, { resultTypes: ["violations"] });
    return {
      version: window.axe.version,
      violations: found.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
      })),
    };
  });
}
