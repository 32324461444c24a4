"""End to end in headless Chromium: the site of a hostile lot and store (markup, quotes,
line separators and paths in every text field; see tests/desktop/test_storefront_hostile.py)
runs no script of the data on any page, loads nothing from outside its folder, and shows the
texts as text."""

from pathlib import Path

from desktop.services import storefront as service
from tests.desktop.test_storefront_hostile import STORE, hostile  # noqa: F401
from tests.e2e.test_storefront_checkout import CHROMIUM, FLAGS, require_browser

# Anything the data could have turned into markup or script, found in the live page.
INSPECT = """() => {
  const bad = [];
  for (const el of document.querySelectorAll("*")) {
    for (const a of el.attributes) {
      if (a.name.toLowerCase().startsWith("on")) bad.push(el.tagName + " " + a.name);
      if (/^(href|src|action|formaction|xlink:href|srcdoc)$/i.test(a.name)
          && /^\\s*(javascript|data|vbscript):/i.test(a.value)) bad.push(el.tagName + " " + a.value);
    }
  }
  for (const s of document.scripts) {
    if (!(s.src.endsWith("/app.js") || s.type === "application/json")) bad.push("script " + s.outerHTML);
  }
  for (const el of document.querySelectorAll("iframe, object, embed, svg, base, meta[http-equiv]")) {
    bad.push(el.outerHTML);
  }
  return bad;
}"""


def test_hostile_site_runs_no_script_of_its_data(hostile):  # noqa: F811
    playwright = require_browser()
    work, site = hostile
    live = service.listings(work, live_only=True)
    keys = sorted({x.product_key for x in live})
    urls = [(site / "index.html").as_uri(), (site / "order.html").as_uri(),
            (site / "index.html").as_uri() + "#<img src=x onerror=alert(1)>",
            (site / "order.html").as_uri() + "?id=<img src=x onerror=alert(1)>",
            (site / "order.html").as_uri() + "?id=12345"]
    for key in keys:
        urls += [(site / "items" / f"{key}.html").as_uri(),
                 (site / "checkout" / f"{key}.html").as_uri(),
                 (site / "checkout" / f"{key}.html").as_uri() + '?v="><script>alert(1)</script>']
    root = site.resolve().as_uri() + "/"
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        try:
            page = browser.new_page()
            dialogs, errors, requests = [], [], []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            for url in urls:
                page.goto(url, wait_until="load")
                page.wait_for_timeout(50)  # the page script's first turn (order, checkout)
                assert page.evaluate(INSPECT) == [], url
                assert page.text_content(".store-name") == STORE["name"], url
            checkout = (site / "checkout" / f"{live[0].product_key}.html").as_uri()
            page.goto(f"{checkout}?v={live[0].id}", wait_until="load")
            options = page.eval_on_selector_all("#variant option", "os => os.map(o => o.text)")
            assert any(o.startswith(live[0].variant) for o in options)
            assert page.eval_on_selector("#variant", "s => s.value") == str(live[0].id)
        finally:
            browser.close()
    assert dialogs == [] and errors == []
    outside = [u for u in requests if not u.startswith(root)]
    assert outside == [], outside
    assert all(Path(site, u[len(root):].split("?")[0].split("#")[0]).exists() for u in requests)
