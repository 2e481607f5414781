/*
 * HearMe demo chat: a tiny client for Rasa's REST channel.
 *
 * No frameworks, no third-party code, no inline handlers. All text from the bot or the
 * child is written with textContent, never innerHTML, so nothing in a message can run.
 * The words shown around the chat come from data-* attributes in the template, so they
 * can be reviewed and translated without reading this file.
 */
(function () {
  "use strict";

  var SUPPORTED_LANGUAGES = ["en", "fr", "es"];
  var SENDER_KEY = "hearme-demo-sender";
  var MAX_LENGTH = 1000;
  var TIMEOUT_MS = 20000;

  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var list = document.getElementById("chat-messages");
  var languageSelect = document.getElementById("chat-language");
  if (!form || !input || !list || !languageSelect) {
    return;
  }
  var sendButton = form.querySelector("button[type=submit]");
  var webhookUrl = form.getAttribute("data-webhook-url");
  var strings = {
    error: form.getAttribute("data-error-message") || "",
    bot: form.getAttribute("data-bot-label") || "",
    child: form.getAttribute("data-child-label") || "",
    choices: form.getAttribute("data-choices-label") || ""
  };
  var busy = false;

  function randomId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  // One random id per browser tab; it is never derived from anything about the child.
  var memorySender = null;
  function senderId() {
    try {
      var existing = window.sessionStorage.getItem(SENDER_KEY);
      if (existing) {
        return existing;
      }
      var created = randomId();
      window.sessionStorage.setItem(SENDER_KEY, created);
      return created;
    } catch (e) {
      // Storage can be blocked (private mode, strict settings); keep the id in memory.
      memorySender = memorySender || randomId();
      return memorySender;
    }
  }

  function initialLanguage() {
    var preferred = (navigator.language || "").slice(0, 2).toLowerCase();
    return SUPPORTED_LANGUAGES.indexOf(preferred) >= 0 ? preferred : "en";
  }

  function scrollToEnd() {
    list.scrollTop = list.scrollHeight;
  }

  function addMessage(who, text) {
    var item = document.createElement("li");
    item.className = "msg msg--" + who;
    var label = who === "bot" ? strings.bot : who === "child" ? strings.child : "";
    if (label) {
      var hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = label + ": ";
      item.appendChild(hidden);
    }
    item.appendChild(document.createTextNode(text));
    list.appendChild(item);
    scrollToEnd();
    return item;
  }

  function addButtons(buttons) {
    var item = document.createElement("li");
    item.className = "choices";
    item.setAttribute("role", "group");
    if (strings.choices) {
      item.setAttribute("aria-label", strings.choices);
    }
    buttons.forEach(function (button) {
      if (!button || typeof button.title !== "string" || !button.title) {
        return;
      }
      var payload = typeof button.payload === "string" && button.payload ? button.payload : button.title;
      var element = document.createElement("button");
      element.type = "button";
      element.className = "choice";
      element.textContent = button.title;
      element.addEventListener("click", function () {
        if (busy) {
          return;
        }
        // A choice is made once; older buttons stay visible but can't be pressed again.
        Array.prototype.forEach.call(item.querySelectorAll("button"), function (b) {
          b.disabled = true;
        });
        send(payload, button.title);
      });
      item.appendChild(element);
    });
    if (item.childNodes.length) {
      list.appendChild(item);
      scrollToEnd();
    }
  }

  function renderReplies(replies) {
    replies.forEach(function (reply) {
      if (!reply || typeof reply !== "object") {
        return;
      }
      // Only text and buttons are shown: HearMe never sends or accepts images or files.
      if (typeof reply.text === "string" && reply.text) {
        addMessage("bot", reply.text);
      }
      if (Array.isArray(reply.buttons) && reply.buttons.length) {
        addButtons(reply.buttons);
      }
    });
  }

  function setBusy(value) {
    busy = value;
    list.setAttribute("aria-busy", value ? "true" : "false");
    if (sendButton) {
      sendButton.disabled = value;
    }
  }

  function send(message, shownText) {
    var text = String(message).slice(0, MAX_LENGTH);
    if (!text.trim() || busy || !webhookUrl) {
      return;
    }
    addMessage("child", shownText || text);
    setBusy(true);

    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = controller ? window.setTimeout(function () { controller.abort(); }, TIMEOUT_MS) : null;

    fetch(webhookUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        sender: senderId(),
        message: text,
        metadata: { language: languageSelect.value }
      }),
      credentials: "omit",
      referrerPolicy: "no-referrer",
      signal: controller ? controller.signal : undefined
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (replies) {
        if (!Array.isArray(replies)) {
          throw new Error("unexpected reply");
        }
        renderReplies(replies);
      })
      .catch(function () {
        addMessage("error", strings.error);
      })
      .then(function () {
        if (timer) {
          window.clearTimeout(timer);
        }
        setBusy(false);
      });
  }

  languageSelect.value = initialLanguage();
  setBusy(false);

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || busy) {
      return;
    }
    input.value = "";
    send(text);
    input.focus();
  });
})();
