// Drives the HearMe demo page in Debian's headless Chromium and prints what it saw as JSON.
//
// Usage: node tests/browser/drive.mjs '<config json>'
//   config: {url, axePath, screenshots: [paths], timeoutMs}
//
// It only observes; tests/browser/test_demo_chat.py decides what is right. Playwright's
// own browser download is never used: Chromium comes from Debian (`make setup`).
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { LAUNCH, openPage, runAxe } from "./browser.mjs";

const config = JSON.parse(process.argv[2] || "{}");
const TIMEOUT = config.timeoutMs || 60000;
const HOSTILE = "<img src=x onerror=alert(1)>";

async function chrome(page) {
  return page.evaluate(() => {
    const q = (selector) => document.querySelector(selector);
    return {
      chatLang: q("#chat").getAttribute("lang"),
      title: q("#chat-title").textContent.trim(),
      languageLabel: q(".chat__lang span").textContent.trim(),
      inputLabel: q('label[for="chat-input"]').textContent.trim(),
      placeholder: q("#chat-input").getAttribute("placeholder"),
      send: q('#chat-form button[type="submit"]').textContent.trim(),
      conversationLabel: q("#chat-messages").getAttribute("aria-label"),
      privacyNote: q('#chat p.chat__note[data-text="privacy_note"]').textContent.trim(),
      selected: q("#chat-language").value,
    };
  });
}

// The messages list as data: who, the visible text, the screen-reader label, buttons.
async function messages(page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("#chat-messages > li")).map((li) => {
      const hidden = li.querySelector(".visually-hidden");
      const group = li.querySelector('[role="group"]');
      const visible = Array.from(li.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join("");
      return {
        kind: li.className,
        text: visible,
        label: hidden ? hidden.textContent : null,
        groupLabel: group ? group.getAttribute("aria-label") : null,
        buttons: Array.from(li.querySelectorAll("button")).map((b) => b.textContent),
      };
    }),
  );
}

// Waits until the chat has answered (or shown its error) and returns the new items.
async function afterReply(page, before) {
  try {
    await page.waitForFunction(
      (count) => {
        const list = document.getElementById("chat-messages");
        return list.getAttribute("aria-busy") === "false" && list.children.length > count + 1;
      },
      before,
      { timeout: TIMEOUT },
    );
  } catch (error) {
    const busy = await page.getAttribute("#chat-messages", "aria-busy");
    const shown = JSON.stringify((await messages(page)).slice(before));
    throw new Error(`no reply in ${TIMEOUT} ms (aria-busy=${busy}, new items: ${shown})`, {
      cause: error,
    });
  }
  return (await messages(page)).slice(before);
}

async function send(page, text) {
  const before = (await messages(page)).length;
  await page.fill("#chat-input", text);
  await page.click('#chat-form button[type="submit"]');
  return afterReply(page, before);
}

async function main() {
  const results = { dialogs: [], pageErrors: [], consoleErrors: [], steps: {} };
  const browser = await chromium.launch(LAUNCH);
  try {
    results.browserVersion = browser.version();
    const page = await openPage(browser, results, TIMEOUT);

    await page.goto(config.url, { waitUntil: "load" });
    // The script enables the Send button once it is running.
    await page.waitForSelector('#chat-form button[type="submit"]:not([disabled])');
    results.steps.loaded = { chrome: await chrome(page), messages: await messages(page) };

    results.steps.hello = { replies: await send(page, "hello") };

    const before = (await messages(page)).length;
    await page.getByRole("button", { name: "Get help", exact: true }).last().click();
    results.steps.getHelp = { replies: await afterReply(page, before) };

    await page.selectOption("#chat-language", "fr");
    results.steps.french = { chrome: await chrome(page) };
    results.steps.french.replies = await send(page, "bonjour");

    results.steps.hostile = { replies: await send(page, HOSTILE) };
    results.steps.hostile.imagesInMessages = await page.locator("#chat-messages img").count();
    // Give an onerror handler, had one been created, time to fire.
    await page.waitForTimeout(500);

    results.cspViolations = await page.evaluate(() => window.__cspViolations);

    for (const path of config.screenshots || []) {
      await page.screenshot({ path, fullPage: true });
    }

    // axe-core checks the page as the child sees it, after the conversation.
    results.axe = await runAxe(page, readFileSync(config.axePath, "utf8"));

    // A child whose browser says Spanish gets the chat's words in Spanish straight away.
    const spanish = await browser.newContext({ locale: "es-ES" });
    const spanishPage = await spanish.newPage();
    await spanishPage.goto(config.url, { waitUntil: "load" });
    await spanishPage.waitForSelector('#chat-form button[type="submit"]:not([disabled])');
    results.steps.spanishBrowser = { chrome: await chrome(spanishPage) };
    await spanish.close();

    await page.context().close();
  } finally {
    await browser.close();
  }
  return results;
}

main().then(
  (results) => {
    process.stdout.write(JSON.stringify(results));
  },
  (error) => {
    process.stdout.write(JSON.stringify({ fatal: String(error && error.stack ? error.stack : error) }));
    process.exitCode = 1;
  },
);
