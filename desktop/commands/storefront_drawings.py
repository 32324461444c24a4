"""`ziliudi storefront poster | catalog`: the storefront's pictures, drawn with Qt's painting
(desktop.render), which the other storefront commands do not load."""

from __future__ import annotations

from desktop.render.catalog import catalog_task
from desktop.render.poster import save_poster
from desktop.commands.storefront import say_if_lan_only
from desktop.i18n import translate
from desktop.services import share_kit
from desktop.services.storefront import site_address
from desktop.services.share_kit import poster_content
from desktop.services.tasks import run_inline


def poster(ctx, args) -> int:
    work = ctx.work()
    path = save_poster(poster_content(work, args.listing), args.file)
    print(translate("cli.storefront", "wrote {file}").format(file=path))
    say_if_lan_only(site_address(work))
    return 0


def catalog(ctx, args) -> int:
    work = ctx.work()
    summary = run_inline(lambda w, c: catalog_task(share_kit.catalog(w), args.file)(c), work)
    print(translate("cli.storefront", "wrote {products} products on {pages} pages to {file}").format(
        products=summary.entries, pages=summary.pages, file=summary.path))
    say_if_lan_only(site_address(work))
    return 0
