/*
 * HearMe demo chat: a tiny client for Rasa's REST channel.
 *
 * No frameworks, no third-party code, no inline handlers. All text from the bot or the
 * child is written with textContent, never innerHTML, so nothing in a message can run.
 * The words shown around the chat come from the page (the #chat-texts JSON, made from
 * web/dashboard/widget_texts.yml), so they can be reviewed and translated without
 * reading this file. Elements marked data-text, data-text-placeholder or
 * data-text-aria-label get the text with that key in the language chosen in the menu.
 */
(function () {
  "use strict";

  var SENDER_KEY = "hearme-demo-sender";
  var MAX_LENGTH = 1000;
  var TIMEOUT_MS = 20000;
  // A page opened with ?consult=<consultation id> starts that consultation: the first
  // message carries metadata.deep_link "consult_<id>", as a Telegram /start link does
  // (bot/policies.py). Ids are letters, digits, "-" and "_" (docs/consultations.md).
  var CONSULT_ID_RE = /^[A-Za-z0-9_-]{1,56}$/;
  var deepLink = consultationLink();

  var chat = document.getElementById("chat");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var list = document.getElementById("chat-messages");
  var languageSelect = document.getElementById("chat-language");
  if (!chat || !form || !input || !list || !languageSelect) {
    return;
  }
  var sendButton = form.querySelector("button[type=submit]");
  var webhookUrl = form.getAttribute("data-webhook-url");
  var supportedLanguages = Array.prototype.map.call(languageSelect.options, function (option) {
    return option.value;
  });
  // The language the page was rendered in; its texts stand in for any missing one.
  var pageLanguage = chat.getAttribute("lang") || supportedLanguages[0];
  var texts = readTexts();
  var busy = false;

  function readTexts() {
    var element = document.getElementById("chat-texts");
    try {
      var parsed = element ? JSON.parse(element.textContent) : null;
      return parsed && typeof parsed === "object" ? parsed : {};
    } catch (e) {
      return {};
    }
  }

  function uiText(key) {
    var chosen = texts[languageSelect.value] || {};
    var fallback = texts[pageLanguage] || {};
    var value = chosen[key] || fallback[key];
    return typeof value === "string" ? value : "";
  }

  // Puts the chat's own words into the chosen language; messages already sent stay as they are.
  function applyLanguage() {
    chat.setAttribute("lang", languageSelect.value);
    [
      ["data-text", null],
      ["data-text-placeholder", "placeholder"],
      ["data-text-aria-label", "aria-label"]
    ].forEach(function (pair) {
      Array.prototype.forEach.call(chat.querySelectorAll("[" + pair[0] + "]"), function (element) {
        var value = uiText(element.getAttribute(pair[0]));
        if (!value) {
          return;  // keep what the page was rendered with
        }
        if (pair[1]) {
          element.setAttribute(pair[1], value);
        } else {
          element.textContent = value;
        }
      });
    });
  }

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
    return supportedLanguages.indexOf(preferred) >= 0 ? preferred : pageLanguage;
  }

  function scrollToEnd() {
    list.scrollTop = list.scrollHeight;
  }

  function addMessage(who, text) {
    var item = document.createElement("li");
    item.className = "msg msg--" + who;
    var label = who === "bot" ? uiText("bot_label") : who === "child" ? uiText("child_label") : "";
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
    // The list item stays a plain item of the conversation (a list may only hold items);
    // the group inside it names the set of buttons for screen readers.
    var item = document.createElement("li");
    item.className = "choices";
    var group = document.createElement("div");
    group.className = "choices__group";
    group.setAttribute("role", "group");
    if (uiText("choices_label")) {
      group.setAttribute("aria-label", uiText("choices_label"));
    }
    item.appendChild(group);
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
        Array.prototype.forEach.call(group.querySelectorAll("button"), function (b) {
          b.disabled = true;
        });
        send(payload, button.title);
      });
      group.appendChild(element);
    });
    if (group.childNodes.length) {
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

  function consultationLink() {
    try {
      var id = new URLSearchParams(window.location.search).get("consult");
      return id && CONSULT_ID_RE.test(id) ? "consult_" + id : null;
    } catch (error) {
      return null;
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

    var metadata = { language: languageSelect.value };
    if (deepLink) {
      metadata.deep_link = deepLink;
      deepLink = null;
    }

    fetch(webhookUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        sender: senderId(),
        message: text,
        metadata: metadata
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
        addMessage("error", uiText("error"));
      })
      .then(function () {
        if (timer) {
          window.clearTimeout(timer);
        }
        setBusy(false);
      });
  }

  languageSelect.value = initialLanguage();
  applyLanguage();
  languageSelect.addEventListener("change", applyLanguage);
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
