// Drives the moderator dashboard in Debian's headless Chromium and prints what it saw as JSON.
//
// Usage: node tests/browser/drive_dashboard.mjs '<config json>'
//   config: {url, username, password, definition, hostile, axePath, timeoutMs,
//            seed: {argv, env}}  (seed: a command that stores answers once it is open)
//
// One session: sign in through the real form, import a consultation by pasting its
// definition, open it, then visit the list, detail, moderation and results pages. On each
// page it records axe-core's violations, how many <img> elements the page has and whether
// the hostile text is shown as text. tests/browser/test_dashboard.py decides what is right.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { LAUNCH, openPage, runAxe } from "./browser.mjs";

const config = JSON.parse(process.argv[2] || "{}");
const TIMEOUT = config.timeoutMs || 60000;

// What one page showed: status, title, headings, images, the hostile text, CSP, axe.
async function look(page, axeSource, status) {
  // Give an onerror handler, had one been created, time to fire.
  await page.waitForTimeout(300);
  const seen = await page.evaluate((hostile) => {
    const main = document.querySelector("main") || document.body;
    return {
      url: location.pathname,
      title: document.title,
      h1: Array.from(document.querySelectorAll("h1")).map((h) => h.textContent.trim()),
      images: document.querySelectorAll("img").length,
      hostileShown: main.innerText.split(hostile).length - 1,
      csp: window.__cspViolations || [],
    };
  }, config.hostile);
  seen.status = status;
  seen.axe = await runAxe(page, axeSource);
  return seen;
}

async function visit(page, axeSource, path) {
  const response = await page.goto(new URL(path, config.url).href, { waitUntil: "load" });
  return look(page, axeSource, response ? response.status() : null);
}

async function main() {
  const results = { dialogs: [], pageErrors: [], consoleErrors: [], pages: {} };
  const axeSource = readFileSync(config.axePath, "utf8");
  const browser = await chromium.launch(LAUNCH);
  try {
    results.browserVersion = browser.version();
    const page = await openPage(browser, results, TIMEOUT, { withUrl: true });

    // Sign in through the real form.
    results.pages.login = await visit(page, axeSource, "/accounts/login/");
    await page.getByLabel("Username").fill(config.username);
    await page.getByLabel("Password").fill(config.password);
    await Promise.all([
      page.waitForNavigation({ waitUntil: "load" }),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    results.afterLogin = new URL(page.url()).pathname;

    // Import: paste the definition in the box and send it.
    results.pages.new = await visit(page, axeSource, "/dashboard/consultations/new/");
    await page.fill("textarea", config.definition);
    const [imported] = await Promise.all([
      page.waitForNavigation({ waitUntil: "load" }),
      page.getByRole("button", { name: "Check and import" }).click(),
    ]);
    results.pages.imported = await look(page, axeSource, imported ? imported.status() : null);

    // Open it from its page.
    const [opened] = await Promise.all([
      page.waitForNavigation({ waitUntil: "load" }),
      page.getByRole("button", { name: /^Open / }).first().click(),
    ]);
    results.pages.opened = await look(page, axeSource, opened ? opened.status() : null);
    const detailPath = new URL(page.url()).pathname;

    // Children answer (through the services, as the chat would), so the moderation and
    // results pages have rows to show.
    if (config.seed) {
      const [command, ...args] = config.seed.argv;
      try {
        execFileSync(command, args, { env: { ...process.env, ...config.seed.env }, stdio: "pipe" });
      } catch (error) {
        throw new Error(`the seed command failed:\n${String(error.stderr).slice(-3000)}`);
      }
    }

    results.pages.list = await visit(page, axeSource, "/dashboard/consultations/");
    results.pages.detail = await visit(page, axeSource, detailPath);
    const moderation = await page.locator('a[href$="/moderation/"]').first().getAttribute("href");
    const resultsHref = await page.locator('a[href$="/results/"]').first().getAttribute("href");
    results.pages.moderation = await visit(page, axeSource, moderation);
    // A moderator's decision: approve the first pending answer; the page reloads with a
    // status message and one answer fewer in the queue.
    const [moderated] = await Promise.all([
      page.waitForNavigation({ waitUntil: "load" }),
      page.getByRole("button", { name: /^Approve answer / }).first().click(),
    ]);
    results.pages.moderated = await look(page, axeSource, moderated ? moderated.status() : null);
    results.pages.moderated.statusText = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[role="status"]')).map((s) => s.innerText.trim()),
    );
    results.pages.results = await visit(page, axeSource, resultsHref);

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
