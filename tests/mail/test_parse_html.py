"""HTML from mail: nothing remote, nothing active survives; the text rendering reads well."""

from __future__ import annotations

import time

import pytest

from proxydesk.mail.html import sanitize_html
from proxydesk.mail.html_text import html_to_text


@pytest.mark.parametrize(
    "hostile",
    [
        '<img src="https://tracker.example/p.gif">',
        '<img src="http://tracker.example/p.gif">',
        '<img src="//tracker.example/p.gif">',
        '<img srcset="https://tracker.example/p.gif 2x" src="cid:ok">',
        '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
        '<table background="https://tracker.example/bg.png"><tr><td>x</td></tr></table>',
        '<td style="background-image: url(https://tracker.example/a.png)">x</td>',
        "<p style=\"color: red; background: URL( 'https://tracker.example/a.png' )\">x</p>",
        '<p style="color: u\\72l(https://tracker.example/a.png)">x</p>',
        '<p style="width: expression(alert(1))">x</p>',
        '<p style="list-style-image: url(https://tracker.example/a.png)">x</p>',
        '<link rel="stylesheet" href="https://tracker.example/s.css">',
        "<style>@import url(https://tracker.example/s.css);</style>",
        '<meta http-equiv="refresh" content="0;url=https://tracker.example/">',
        '<base href="https://tracker.example/">',
        '<iframe src="https://tracker.example/"></iframe>',
        '<object data="https://tracker.example/x.swf"></object>',
        '<embed src="https://tracker.example/x.swf">',
        '<video poster="https://tracker.example/p.png"></video>',
        '<audio src="https://tracker.example/a.mp3"></audio>',
        '<input type="image" src="https://tracker.example/p.png">',
        '<svg><image href="https://tracker.example/p.png"/></svg>',
        '<body background="https://tracker.example/bg.png">x</body>',
    ],
)
def test_no_remote_resource_survives(hostile: str) -> None:
    assert "tracker.example" not in sanitize_html(f"<div>{hostile}</div>")


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<a href="javascript:alert(1)">x</a>',
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        '<a href=" javascript:alert(1)">x</a>',
        '<a href="vbscript:msgbox(1)">x</a>',
        '<a href="data:text/html,<script>alert(1)</script>">x</a>',
        '<p onclick="alert(1)" onmouseover="alert(1)">x</p>',
        '<img src="cid:x" onerror="alert(1)">',
        '<form action="https://evil.example/"><input name="pin"><button>OK</button></form>',
        '<svg onload="alert(1)"></svg>',
        '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    ],
)
def test_nothing_active_survives(hostile: str) -> None:
    clean = sanitize_html(hostile).lower()
    for word in ("script", "alert", "onclick", "onerror", "onload", "<form", "<input", "data:text"):
        assert word not in clean


def test_formatting_links_and_own_images_are_kept() -> None:
    clean = sanitize_html(
        '<p style="color: #c00; font-weight: bold" align="center">Hallo <b>Gerda</b></p>'
        '<table border="1"><tr><td colspan="2">Kundennummer</td></tr></table>'
        '<a href="https://telekom.example/vollmacht">Vollmacht</a>'
        '<a href="mailto:service@telekom.example">Mail</a>'
        '<img src="cid:logo@telekom.example" alt="Logo">'
    )
    assert 'style="color:#c00;font-weight:bold"' in clean.replace(" ", "")
    assert 'colspan="2"' in clean
    assert '<a href="https://telekom.example/vollmacht" rel="noopener noreferrer">' in clean
    assert 'href="mailto:service@telekom.example"' in clean
    assert 'src="cid:logo@telekom.example"' in clean


def test_text_rendering() -> None:
    html = sanitize_html(
        "<html><head><title>Titel</title><style>p {}</style></head><body>"
        "<h1>Ihr Auftrag</h1><p>Sehr   geehrter\n Herr&nbsp;Sohn,<br>der Techniker kommt.</p>"
        "<ul><li>Anschluss</li><li>Router<ol><li>rot</li><li>grün</li></ol></li></ul>"
        '<p>Details <a href="https://telekom.example/a?x=1&amp;y=2">hier</a>, '
        '<a href="https://telekom.example/">https://telekom.example/</a>, '
        '<a href="mailto:service@telekom.example">service@telekom.example</a>.</p>'
        "<blockquote><p>Alte Nachricht<br>zweite Zeile</p></blockquote>"
        "<table><tr><td>Kunde</td><td>550 311</td></tr></table>"
        "<pre>  eingerückt\n    mehr</pre>"
        "<p>&lt;Ende&gt; &amp; &#228;&#x20AC;\u200b</p></body></html>"
    )
    assert html_to_text(html) == (
        "Ihr Auftrag\n\n"
        "Sehr geehrter Herr Sohn,\nder Techniker kommt.\n\n"
        "- Anschluss\n- Router\n  1. rot\n  2. grün\n\n"
        "Details hier (https://telekom.example/a?x=1&y=2), https://telekom.example/, "
        "service@telekom.example.\n\n"
        "> Alte Nachricht\n> zweite Zeile\n\n"
        "Kunde  550 311\n\n"
        "  eingerückt\n    mehr\n\n"
        "<Ende> & ä€"
    )


def test_rendering_is_linear() -> None:
    chunk = (
        '<div><p>Hallo <b>Gerda</b>, <a href="https://x.example/">Link</a></p>'
        "<ul><li>eins</li><li>zwei</li></ul><table><tr><td>a</td></tr></table></div>"
    )

    def seconds(copies: int) -> float:
        html = sanitize_html(chunk * copies)
        start = time.perf_counter()
        html_to_text(html)
        return time.perf_counter() - start

    small, large = seconds(2_000), seconds(16_000)
    assert large < 5
    assert large < small * 8 * 4  # 8x the input, well under quadratic (64x)
