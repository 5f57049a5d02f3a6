"""A fake news web site on 127.0.0.1 for the ingestion tests: RSS and Atom
feeds whose items link to Korean article pages (site debris, meta tags, a
CP949 page), conditional requests, 404s and broken feeds."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# ------------------------------------------------------------ article texts
H20_A = (
    "미국, 엔비디아 H20 중국 수출 제한 검토",
    [
        "미국 정부가 엔비디아의 중국 전용 인공지능 칩 H20의 수출을 제한하는 방안을 검토하고 있는 것으로 알려졌다.",
        "H20은 엔비디아가 기존 수출 규제를 피하기 위해 성능을 낮춰 중국 시장에 내놓은 제품이다. "
        "딥시크가 저비용으로 고성능 AI 모델을 개발했다는 소식이 전해지면서 미국 내에서는 H20도 막아야 한다는 목소리가 커졌다.",
        "업계에서는 규제가 현실화되면 엔비디아의 중국 매출이 크게 줄어들 것으로 보고 있다. "
        "엔비디아는 지난해 중국에서 약 170억 달러의 매출을 올린 것으로 추정된다.",
        "반면 화웨이는 자체 개발한 어센드 910B 칩으로 중국 시장 점유율을 높일 기회를 얻게 될 전망이다. "
        "중국 AI 기업들은 이미 자국산 칩으로의 전환을 서두르고 있다.",
    ],
)
# The same story from another outlet: its own lead and ending, some
# sentences edited, the wire copy in the middle kept.
H20_B = (
    "\u201cH20도 막는다\u201d\u2026美, 엔비디아 중국용 칩 수출 통제 검토",
    [
        "미국이 엔비디아가 중국 시장을 겨냥해 만든 AI 칩 H20까지 수출을 통제하는 방안을 들여다보고 있다.",
        "H20은 엔비디아가 기존 수출 규제를 피하기 위해 성능을 낮춰 중국 시장에 내놓은 제품이다. "
        "딥시크가 저비용으로 고성능 AI 모델을 개발했다는 소식이 전해지면서 미국 내에서는 H20도 막아야 한다는 목소리가 커졌다.",
        "업계에서는 규제가 현실화되면 엔비디아의 중국 매출이 크게 줄 것으로 본다. "
        "화웨이는 자체 개발한 어센드 910B 칩으로 중국 시장 점유율을 높일 기회를 얻을 것으로 보인다.",
        "국내 업계도 파장을 주시하고 있다. 한 반도체 업계 관계자는 \u201cHBM 수요에 미칠 영향을 살펴보고 있다\u201d고 말했다.",
    ],
)
HBM = (
    "SK하이닉스, 엔비디아에 HBM3E 12단 공급 확대",
    [
        "SK하이닉스가 엔비디아의 차세대 AI 가속기에 들어갈 HBM3E 12단 제품의 공급을 늘린다고 5일 밝혔다.",
        "HBM은 여러 개의 D램을 수직으로 쌓아 데이터 처리 속도를 높인 고대역폭 메모리다. "
        "엔비디아의 H100과 B200 같은 AI 가속기에는 HBM이 필수적으로 들어간다.",
        "삼성전자도 엔비디아의 품질 검증을 통과하기 위해 총력을 기울이고 있다. "
        "시장조사업체들은 올해 HBM 시장 규모가 지난해의 두 배 가까이 커질 것으로 내다봤다.",
    ],
)
STARTUPS = (
    "딥시크 충격에 국내 AI 스타트업 \u2018저비용 모델\u2019 경쟁",
    [
        "중국 딥시크가 적은 비용으로 고성능 AI 모델을 내놓자 국내 AI 스타트업들도 저비용 모델 개발에 속도를 내고 있다.",
        "딥시크는 엔비디아의 H800 칩 2천여 개로 모델을 학습시켰다고 밝혀 업계를 놀라게 했다. "
        "국내 스타트업들은 전문가 혼합(MoE) 구조와 경량화 기술을 적극 도입하고 있다.",
        "한 스타트업 대표는 \u201c고가의 GPU를 대량으로 확보하지 않아도 경쟁할 수 있는 길이 열렸다\u201d고 말했다. "
        "정부도 AI 컴퓨팅 인프라 지원 예산을 늘리기로 했다.",
    ],
)
# A plain-text article, saved in CP949 ('똠' exists only in CP949, not EUC-KR).
CP949_TEXT = """삼성전자, 2나노 파운드리 고객 확보 총력

[전자신문 이도윤 기자] 삼성전자가 2나노 파운드리 공정의 대형 고객 확보에 총력을 기울이고 있다. 회사는 퀄컴과 엔비디아를 상대로 시제품 생산을 제안한 것으로 알려졌다.

업계에서는 삼성전자가 TSMC와의 격차를 좁히려면 수율 안정이 먼저라는 지적이 나온다. 일부에서는 이를 두고 '똠방각하식 영업'이라는 농담도 나온다.

삼성전자는 올해 하반기 2나노 공정 양산을 시작할 계획이다.
"""

NAV = """<header><div class="gnb"><a href="/">홈</a> <a href="/politics">정치</a> <a href="/economy">경제</a>
<a href="/it">IT·과학</a> <a href="/world">국제</a> <a href="/login">로그인</a> <a href="/join">회원가입</a></div>
<div class="ad">[광고] 지금 가입하면 첫 달 무료! 문의 02-123-4567</div></header>"""
ASIDE = """<aside class="popular"><h3>많이 본 뉴스</h3><ol>
<li><a href="/n/1">연예인 A씨 깜짝 결혼 발표</a></li><li><a href="/n/2">오늘의 날씨: 전국 흐리고 비</a></li>
<li><a href="/n/3">프로야구 개막전 매진 행렬</a></li></ol></aside>
<div class="share">공유하기 페이스북 트위터 카카오톡 URL복사</div>"""


def article_page(
    story: tuple[str, list[str]],
    *,
    site: str,
    author: str,
    published: str,
    charset_meta: str | None = "utf-8",
) -> str:
    title, paragraphs = story
    meta_charset = f'<meta charset="{charset_meta}">' if charset_meta else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="ko"><head>{meta_charset}
<title>{title} - {site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{author} 기자">
</head><body>
{NAV}
<div class="breadcrumb">홈 &gt; IT·과학 &gt; 반도체</div>
<article>
<h1>{title}</h1>
<div class="byline">{author} 기자 | 입력 {published[:10]} 09:00</div>
{body}
<p class="copy">[ⓒ {site}, 무단전재 및 재배포 금지]</p>
</article>
{ASIDE}
<footer><p>{site} | 서울시 중구 세종대로 1 | 대표전화 02-000-0000</p>
<p>Copyright &copy; {site}. All rights reserved.</p></footer>
</body></html>"""


NO_ARTICLE = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>로그인</title></head>
<body>{nav}<form><input name="id"> <input name="pw" type="password"> <button>로그인</button></form>
</body></html>""".replace("{nav}", NAV)


def rss(base: str, title: str, items: list[tuple[str, str, str]]) -> str:
    entries = "\n".join(
        f"<item><title>{t}</title><link>{link if '://' in link else base + link}</link>"
        f"<pubDate>{date}</pubDate></item>"
        for t, link, date in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{title}</title><link>{base}/</link>
<description>테스트 피드</description>
{entries}
</channel></rss>"""


def atom(base: str, title: str, items: list[tuple[str, str, str]]) -> str:
    entries = "\n".join(
        f'<entry><title>{t}</title><link href="{base}{link}"/><id>{base}{link}</id>'
        f"<updated>{date}</updated><author><name>피드 기자</name></author></entry>"
        for t, link, date in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title><id>{base}/atom</id>
<updated>2025-02-06T00:00:00Z</updated>
{entries}
</feed>"""


# ------------------------------------------------------------------ server
@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None


@dataclass
class NewsSite:
    base: str = ""
    pages: dict[str, Page] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


def dead_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/gone"


@contextmanager
def serve_site() -> Iterator[NewsSite]:
    site = NewsSite()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            page = site.pages.get(self.path)
            if page is None:
                self._send(404, b"<html><body>Not Found</body></html>", "text/html")
                return
            if page.etag and self.headers.get("If-None-Match") == page.etag:
                self.send_response(304)
                self.send_header("ETag", page.etag)
                self.end_headers()
                return
            headers = {"ETag": page.etag} if page.etag else {}
            self._send(page.status, page.body, page.content_type, headers)

        def _send(
            self, status: int, body: bytes, content_type: str, headers: dict[str, Any] | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def populate(site: NewsSite) -> NewsSite:
    """The standard fixture: an RSS feed with five items (two outlets telling
    one story, a CP949 page without a declared charset, a 404 and an
    unreachable host), an Atom feed, and broken things."""
    _add_articles(site)
    _add_feeds(site)
    site.pages["/login"] = Page(NO_ARTICLE.encode("utf-8"))
    site.pages["/broken.xml"] = Page(
        b"this is not a feed { at all", content_type="application/rss+xml"
    )
    site.pages["/logo.png"] = Page(b"\x89PNG\r\n\x1a\n" + bytes(300), content_type="image/png")
    site.pages["/huge"] = Page(b"<html>" + b"a" * 20_000 + b"</html>")
    return site


def _add_articles(site: NewsSite) -> None:
    site.pages["/news/h20"] = Page(
        article_page(
            H20_A, site="테크데일리", author="김민준", published="2025-02-03T09:10:00+09:00"
        ).encode("utf-8")
    )
    site.pages["/other/h20-control"] = Page(
        article_page(
            H20_B, site="반도체뉴스", author="박서연", published="2025-02-04T07:30:00+09:00"
        ).encode("utf-8")
    )
    # CP949 bytes, and neither the server nor the page names the charset.
    site.pages["/news/hbm"] = Page(
        article_page(
            HBM,
            site="코리아IT",
            author="최지우",
            published="2025-02-05T10:00:00+09:00",
            charset_meta=None,
        ).encode("cp949"),
        content_type="text/html",
    )
    # CP949 declared as EUC-KR in the HTTP header.
    site.pages["/news/startups"] = Page(
        article_page(
            STARTUPS,
            site="AI타임스",
            author="정하늘",
            published="2025-02-06T08:00:00+09:00",
            charset_meta="euc-kr",
        ).encode("cp949"),
        content_type="text/html; charset=EUC-KR",
    )


def _add_feeds(site: NewsSite) -> None:
    b = site.base
    site.pages["/feed.rss"] = Page(
        rss(
            b,
            "테크 뉴스 모음",
            [
                (H20_A[0], "/news/h20", "Mon, 03 Feb 2025 00:10:00 GMT"),
                ("다른 매체", "/other/h20-control", "Tue, 04 Feb 2025 00:00:00 GMT"),
                ("없는 기사", "/news/missing", "Tue, 04 Feb 2025 01:00:00 GMT"),
                ("끊긴 서버", dead_url(), "Tue, 04 Feb 2025 02:00:00 GMT"),
                (HBM[0], "/news/hbm", "Wed, 05 Feb 2025 01:00:00 GMT"),
            ],
        ).encode("utf-8"),
        content_type="application/rss+xml; charset=utf-8",
        etag='"rss-v1"',
    )
    site.pages["/atom.xml"] = Page(
        atom(
            b,
            "AI 소식",
            [
                (STARTUPS[0], "/news/startups", "2025-02-06T00:00:00Z"),
                (H20_A[0], "/news/h20", "2025-02-03T00:10:00Z"),
            ],
        ).encode("utf-8"),
        content_type="application/atom+xml",
    )
