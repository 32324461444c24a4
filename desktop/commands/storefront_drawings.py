"""`ziliudi storefront poster | catalog`: the storefront's pictures, drawn with Qt's painting
(desktop.render), which the other storefront commands do not load."""

from __future__ import annotations

from desktop.render.catalog import catalog_task
from desktop.render.poster import save_poster
from desktop.services import share_kit
from desktop.services.share_kit import poster_content
from desktop.services.tasks import run_inline


def poster(ctx, args) -> int:
    path = save_poster(poster_content(ctx.work(), args.listing), args.file)
    print(f"wrote {path}")
    return 0


def catalog(ctx, args) -> int:
    summary = run_inline(lambda work, c: catalog_task(share_kit.catalog(work), args.file)(c),
                         ctx.work())
    print(f"wrote {summary.entries} products on {summary.pages} pages to {summary.path}")
    return 0
