// What the browser drivers (drive.mjs, drive_dashboard.mjs) share: how Debian's Chromium
// is launched, a page with the CSP-violation recorder and error listeners, and the
// axe-core run.

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

// A new page in an en-GB, 1024×900 context, with the CSP recorder installed and what
// goes wrong recorded in `results` (dialogs dismissed and listed, page errors, console
// errors; `withUrl` prefixes each console error with the page's address).
export async function openPage(browser, results, timeout, { withUrl = false } = {}) {
  const context = await browser.newContext({
    locale: "en-GB",
    viewport: { width: 1024, height: 900 },
  });
  context.setDefaultTimeout(timeout);
  await context.addInitScript(recordViolations);
  const page = await context.newPage();
  page.on("dialog", async (dialog) => {
    results.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("pageerror", (error) => results.pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") {
      results.consoleErrors.push(withUrl ? `${page.url()}: ${message.text()}` : message.text());
    }
  });
  return page;
}
