"""Reply strings, Korean first, English on request."""

from __future__ import annotations

from .josa import particles

LANGUAGES = ("ko", "en")

_MESSAGES: dict[str, tuple[str, str]] = {
    # help
    "help.title": ("briefbot — 한국어 뉴스 브리핑 봇", "briefbot — Korean news briefing bot"),
    "help.intro": (
        "반도체·AI 뉴스 {count}건을 요약하고 칩과 기업을 찾아 드립니다.",
        "I summarise {count} Korean news articles on chips and AI and find the chips and companies in them.",
    ),
    "help.commands": ("명령", "Commands"),
    "help.admin": ("관리자 명령", "Admin commands"),
    "help.tip": (
        "명령 없이 단어만 보내도 그 주제로 요약합니다. 예: 엔비디아",
        "Send words without a command for a summary on that topic, e.g. Nvidia",
    ),
    "start.hello": ("안녕하세요! 뉴스 브리핑 봇입니다.", "Hello! I am a news briefing bot."),
    "cmd.summary": (
        "전체 브리핑 · /summary N: N번 기사 요약 · /summary 단어: 주제 요약",
        "corpus briefing · /summary N: one source · /summary WORD: on a topic",
    ),
    "cmd.chips": (
        "언급된 AI 칩 목록 · /chips 이름: 칩 상세",
        "chips mentioned · /chips NAME: one chip in depth",
    ),
    "cmd.sources": (
        "기사 출처 목록 · /sources N: 기사 정보",
        "the articles · /sources N: one source",
    ),
    "cmd.help": ("도움말", "this help"),
    "cmd.start": ("시작 인사와 도움말", "greeting and help"),
    # summary
    "summary.title": (
        "📰 오늘의 브리핑 — 기사 {articles}건에서",
        "📰 Briefing — from {articles} articles",
    ),
    "summary.source_title": ("📰 [{id}] {title}", "📰 [{id}] {title}"),
    "summary.focus_title": ("🔎 ‘{query}’ 요약", "🔎 Summary on ‘{query}’"),
    "summary.focus_entity": ("🔎 {name} 관련 요약", "🔎 Summary on {name}"),
    "summary.no_match": (
        "‘{query}’에 관한 문장을 찾지 못했습니다. /chips 나 /sources 로 다루는 주제를 확인해 보세요.",
        "Nothing found about ‘{query}’. Try /chips or /sources to see what the articles cover.",
    ),
    "summary.empty_corpus": (
        "아직 기사가 없습니다. 기사를 추가한 뒤 다시 시도해 주세요.",
        "There are no articles yet. Add some and try again.",
    ),
    "summary.empty_source": (
        "[{id}]번 기사에서 요약할 문장을 찾지 못했습니다.",
        "Source [{id}] has no sentences to summarise.",
    ),
    # chips
    "chips.title": ("🔌 언급된 칩 {count}종", "🔌 {count} chips mentioned"),
    "chips.none": ("기사에서 언급된 칩이 없습니다.", "The articles mention no chips."),
    "chips.mentions": (
        "언급 {mentions}회 · 출처 {sources}",
        "{mentions} mentions · sources {sources}",
    ),
    "chips.more_sources": (" 외 {count}건", " and {count} more"),
    "chips.more_chips": (
        "많이 언급된 {shown}종만 보입니다 (외 {count}종). 다른 칩은 /chips 이름 으로 보세요.",
        "The {shown} most mentioned are shown ({count} more): /chips NAME shows any other.",
    ),
    "chips.vendor_unknown": ("제조사 미상", "vendor unknown"),
    "chips.detail_title": ("🔌 {name} ({vendor})", "🔌 {name} ({vendor})"),
    "chips.aliases": ("다른 이름: {aliases}", "Also called: {aliases}"),
    "chips.contexts": ("언급된 문장", "Mentioned in"),
    "chips.unknown": (
        "‘{name}’(이)라는 칩은 기사에 없습니다.",
        "No chip called ‘{name}’ appears in the articles.",
    ),
    "chips.suggest": ("혹시 이것을 찾으셨나요? {names}", "Did you mean: {names}"),
    "chips.not_chip": (
        "‘{name}’은(는) 칩이 아니라 {kind}입니다. /summary {name} 로 관련 요약을 볼 수 있습니다.",
        "‘{name}’ is a {kind}, not a chip. Try /summary {name}.",
    ),
    "chips.card_kind": ("종류 {kind} · 계열 {family}", "Kind {kind} · family {family}"),
    "chips.card_unknown": ("미상", "unknown"),
    "chips.card_figures": ("기사에 나온 수치", "Figures stated"),
    "chips.card_story_number": ("{number}번", "#{number}"),
    "chips.card_today": (
        "오늘의 이슈 {numbers} (/story {first})",
        "In today's stories {numbers} (/story {first})",
    ),
    "chips.card_other_stories": ("그 밖의 이슈 {count}건", "{count} other stories"),
    "chips.card_span": (
        "첫 언급 {first} [{first_id}] · 최근 언급 {last} [{last_id}]",
        "First mentioned {first} [{first_id}] · last {last} [{last_id}]",
    ),
    "kind.company": ("기업", "company"),
    "kind.person": ("인물", "person"),
    "kind.model": ("AI 모델", "AI model"),
    "kind.chip": ("칩", "chip"),
    "kind.cpu": ("CPU", "CPU"),
    "kind.card": ("가속기 카드", "accelerator card"),
    # sources
    "sources.title": ("📚 기사 {count}건", "📚 {count} articles"),
    "sources.more": (
        "최근 {shown}건만 보여 드립니다. 이전 기사: /sources {next_page}쪽",
        "Showing the latest {shown}. Older ones: /sources page {next_page}",
    ),
    "sources.more_page": (
        "{page}쪽: 기사 {shown}건. 더 이전 기사: /sources {next_page}쪽",
        "Page {page}: {shown} articles. Older ones: /sources page {next_page}",
    ),
    "sources.no_page": (
        "{page}쪽은 없습니다. 마지막 쪽은 {last}쪽입니다.",
        "There is no page {page}; the last is page {last}.",
    ),
    "sources.page": ("쪽", "page"),
    "sources.none": ("아직 기사가 없습니다.", "There are no articles yet."),
    "sources.not_a_number": (
        "‘{arg}’은(는) 기사 번호가 아닙니다. 예: /sources 3 (3번 기사) · /sources 2쪽 (목록 2쪽)",
        "‘{arg}’ is not an article number. E.g. /sources 3 (article 3) · /sources page 2",
    ),
    "sources.unknown_publisher": ("매체 미상", "unknown outlet"),
    "sources.detail_title": ("📄 [{id}] {title}", "📄 [{id}] {title}"),
    "sources.field.publisher": ("매체", "Outlet"),
    "sources.field.author": ("기자/작성자", "Author"),
    "sources.field.published": ("날짜", "Date"),
    "sources.field.url": ("링크", "Link"),
    "sources.field.file": ("파일", "File"),
    "sources.unknown_field": ("알 수 없음", "not stated"),
    # ingest (issue 7)
    "cmd.ingest": (
        "기사·피드 추가 (관리자) · /ingest URL",
        "add an article or feed (admins) · /ingest URL",
    ),
    "ingest.title": (
        "📥 기사 추가 — {total}건 중 {added}건 새로 추가",
        "📥 Ingest — {added} of {total} added",
    ),
    "ingest.added": ("추가: {title}", "added: {title}"),
    "ingest.same_story": ("(같은 소식: {ids})", "(same story as {ids})"),
    "ingest.duplicate": ("이미 있음: {title}", "already stored: {title}"),
    "ingest.unchanged": ("피드에 새 글 없음: {url}", "feed unchanged: {url}"),
    "ingest.failed": ("실패: {target} — {reason}", "failed: {target} — {reason}"),
    "ingest.not_admin": (
        "죄송합니다. 기사 추가는 관리자만 할 수 있습니다.",
        "Sorry, only the bot's admins can add articles.",
    ),
    "ingest.usage": (
        "추가할 기사나 피드의 주소를 보내 주세요. 예: /ingest https://example.com/news/1",
        "Send the address of an article or feed, e.g. /ingest https://example.com/news/1",
    ),
    "ingest.unavailable": (
        "지금은 기사를 추가할 수 없습니다.",
        "Adding articles is not available here.",
    ),
    # errors
    "error.unknown_command": (
        "‘/{name}’은(는) 모르는 명령입니다. /help 로 쓸 수 있는 명령을 확인해 주세요.",
        "I don't know ‘/{name}’. See /help for what I can do.",
    ),
    "error.unknown_source": (
        "[{id}]번 기사는 없습니다. 기사 번호는 1–{max}입니다. /sources 로 확인해 주세요.",
        "There is no source [{id}]. Sources are numbered 1–{max}; see /sources.",
    ),
    "error.no_sources": ("아직 기사가 없습니다.", "There are no articles yet."),
    "error.too_long": (
        "입력이 너무 깁니다({length}자). {limit}자 이내로 보내 주세요.",
        "That is too long ({length} characters). Please keep it under {limit}.",
    ),
    "error.empty_query": (
        "무엇을 찾을지 알려 주세요. 예: /summary 엔비디아",
        "Tell me what to look for, e.g. /summary Nvidia",
    ),
    "error.internal": (
        "죄송합니다. 요청을 처리하다 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.",
        "Sorry, something went wrong while answering. Please try again shortly.",
    ),
    # --- daily briefing and subscriptions (issue 6) ---------------------------
    "cmd.subscribe": (
        "매일 브리핑 받기 · /subscribe 오전 8시 Asia/Seoul",
        "daily briefing · /subscribe 08:00 Asia/Seoul",
    ),
    "cmd.unsubscribe": ("매일 브리핑 그만 받기", "stop the daily briefing"),
    "cmd.subscription": ("구독 정보와 다음 브리핑 시각", "subscription and next delivery"),
    "subscribe.done": ("✅ 매일 브리핑을 보내 드립니다.", "✅ Subscribed to the daily briefing."),
    "subscribe.updated": ("✅ 브리핑 시각을 바꿨습니다.", "✅ Subscription updated."),
    "subscribe.same": (
        "✅ 이미 이 시각에 매일 브리핑을 받고 있습니다.",
        "✅ You already get the daily briefing at this time.",
    ),
    "subscribe.reactivated": (
        "매일 브리핑을 다시 보내 드립니다.",
        "Your daily briefing is back on.",
    ),
    "subscribe.how_to_stop": ("그만 받으려면 /unsubscribe", "To stop: /unsubscribe"),
    "subscribe.bad_time": (
        "‘{value}’은(는) 알 수 없는 시각입니다. 예: /subscribe 08:00, /subscribe 오전 8시, /subscribe 저녁 7시 30분",
        "I can't read the time ‘{value}’. Examples: /subscribe 08:00, /subscribe 7:30pm",
    ),
    "subscribe.bad_zone": (
        "‘{value}’은(는) 알 수 없는 시간대입니다. Asia/Seoul, America/New_York 같은 IANA 이름을 써 주세요.",
        "Unknown time zone ‘{value}’. Use an IANA name such as Asia/Seoul or America/New_York.",
    ),
    "subscribe.admins_only": (
        "이 대화방의 구독은 관리자만 바꿀 수 있습니다.",
        "Only the chat's admins can change its subscription.",
    ),
    "subscribe.unavailable": (
        "여기서는 구독 기능을 쓸 수 없습니다.",
        "Subscriptions are not available here.",
    ),
    "unsubscribe.done": ("매일 브리핑을 그만 보냅니다.", "Unsubscribed from the daily briefing."),
    "unsubscribe.none": ("구독 중이 아닙니다.", "This chat is not subscribed."),
    "subscription.title": ("📬 매일 브리핑 구독 중", "📬 Daily briefing subscription"),
    "subscription.none": ("구독 중이 아닙니다.", "This chat is not subscribed."),
    "subscription.inactive": (
        "구독이 꺼져 있습니다.",
        "The subscription is switched off.",
    ),
    "subscription.how_to_start": (
        "/subscribe 로 매일 브리핑을 받을 수 있습니다. 예: /subscribe 오전 8시",
        "Use /subscribe to get a daily briefing, e.g. /subscribe 08:00",
    ),
    "subscription.time": ("시각", "Time"),
    "subscription.next": ("다음 브리핑", "Next briefing"),
    "subscription.last": ("지난 브리핑", "Last briefing"),
    "briefing.title": ("🗞️ {date} 브리핑", "🗞️ Briefing for {date}"),
    "briefing.top": ("주요 내용", "Top stories"),
    "briefing.chips": ("언급된 칩", "Chips in the news"),
    "briefing.companies": ("언급된 기업", "Companies in the news"),
    "briefing.entity_count": ("{vendor} · 언급 {count}회", "{vendor} · {count} mentions"),
    "briefing.company": ("{name} {count}회", "{name} ({count})"),
    "briefing.count": ("새 기사 {count}건을 요약했습니다.", "Summarised {count} new articles."),
    "briefing.nothing_new": (
        "지난 브리핑 이후 새 기사가 없습니다.",
        "Nothing new since the last briefing.",
    ),
    "briefing.no_articles": ("아직 기사가 없습니다.", "There are no articles yet."),
    # --- per-chat language (issue 15) ------------------------------------------
    "cmd.lang": ("대화방 언어 · /lang ko 또는 /lang en", "chat language · /lang ko or /lang en"),
    "lang.ko": ("한국어", "Korean"),
    "lang.en": ("영어", "English"),
    "lang.current": ("이 대화방의 언어: {name}", "This chat's language: {name}"),
    "lang.usage": (
        "/lang ko 는 한국어, /lang en 은 영어로 답합니다.",
        "/lang ko answers in Korean, /lang en in English.",
    ),
    "lang.unknown": (
        "‘{value}’은(는) 지원하지 않는 언어입니다. /lang ko 는 한국어, /lang en 은 영어로 답합니다.",
        "I don't speak ‘{value}’ here. /lang ko answers in Korean, /lang en in English.",
    ),
    "lang.set": (
        "이제 이 대화방에서는 한국어로 답합니다.",
        "I will answer in English in this chat.",
    ),
    "lang.admins_only": (
        "이 대화방의 언어는 관리자만 바꿀 수 있습니다.",
        "Only the chat's admins can change its language.",
    ),
    # --- buttons (issue 15) ----------------------------------------------------
    "action.prev": ("◀ 이전 쪽", "◀ Previous"),
    "action.next": ("다음 쪽 ▶", "Next ▶"),
    "action.coverage": ("{number}번 전체 보도", "Full coverage {number}"),
    "action.at": ("⏰ {time}", "⏰ {time}"),
    "action.unsubscribe": ("구독 취소", "Unsubscribe"),
    "action.expired": (
        "이 버튼은 만료되었습니다. 명령을 다시 보내 주세요.",
        "This button has expired. Please send the command again.",
    ),
    "action.buttons": ("버튼", "Buttons"),
    # --- /trend (issue 15) -----------------------------------------------------
    "cmd.trend": (
        "언급 추이 그래프 · /trend H800 30",
        "mentions per day, as a chart · /trend H800 30",
    ),
    "trend.usage": (
        "칩, 기업 또는 단어를 알려 주세요. 예: /trend H800, /trend 엔비디아 14",
        "Name a chip, company or word, e.g. /trend H800, /trend Nvidia 14",
    ),
    "trend.title": (
        "📈 ‘{name}’ 언급 추이 — 최근 {days}일",
        "📈 Mentions of ‘{name}’ — last {days} days",
    ),
    "trend.chart_title": (
        "‘{name}’ 언급 추이 — 최근 {days}일 (매체별)",
        "Mentions of ‘{name}’ — last {days} days, by outlet",
    ),
    "trend.none": (
        "{start}–{end} 사이 ‘{name}’ 언급이 없습니다.",
        "No mentions of ‘{name}’ between {start} and {end}.",
    ),
    "trend.summary": ("{start}–{end} 언급 {total}회", "{total} mentions, {start} to {end}"),
    "trend.outlet": ("{count}회", "{count}"),
    "trend.xlabel": ("날짜", "Date"),
    "trend.ylabel": ("언급 수", "Mentions"),
    "trend.other": ("기타 매체", "Other outlets"),
    # --- /feeds (issue 15) -----------------------------------------------------
    "cmd.feeds": ("피드 관리 (관리자) · /feeds add URL", "manage feeds (admins) · /feeds add URL"),
    "feeds.title": ("📡 피드 {count}개", "📡 {count} feeds"),
    "feeds.none": ("등록된 피드가 없습니다.", "No feeds yet."),
    "feeds.usage": (
        "/feeds add URL · /feeds remove N · /feeds export · /feeds import OPML_URL",
        "/feeds add URL · /feeds remove N · /feeds export · /feeds import OPML_URL",
    ),
    "feeds.never": ("아직 가져오지 않음", "not fetched yet"),
    "feeds.configured": ("설정 파일", "settings file"),
    "feeds.added": (
        "피드를 추가했습니다: {url} (새 기사 {articles}건)",
        "Feed added: {url} ({articles} new articles)",
    ),
    "feeds.already": ("이미 있는 피드입니다: {url}", "That feed is already listed: {url}"),
    "feeds.removed": ("피드를 뺐습니다: {url}", "Feed removed: {url}"),
    "feeds.no_such": (
        "{number}번 피드는 없습니다. 피드는 {count}개입니다. /feeds 로 확인해 주세요.",
        "There is no feed {number}; there are {count}. See /feeds.",
    ),
    "feeds.configured_only": (
        "{url} 은(는) 설정 파일의 피드입니다. 설정 파일에서 지워 주세요.",
        "{url} comes from the settings file; remove it there.",
    ),
    "feeds.export": ("📡 피드 목록 (OPML)", "📡 Feeds (OPML)"),
    "feeds.imported": (
        "OPML에서 피드 {count}개를 추가했습니다.",
        "Added {count} feeds from the OPML file.",
    ),
    "feeds.import_failed": (
        "OPML을 읽지 못했습니다: {url} — {reason}",
        "Could not read the OPML file {url}: {reason}",
    ),
    "feeds.not_admin": (
        "죄송합니다. 피드 관리는 관리자만 할 수 있습니다.",
        "Sorry, only the bot's admins can manage feeds.",
    ),
    "feeds.unavailable": ("여기서는 피드를 관리할 수 없습니다.", "Feeds cannot be managed here."),
}


def message(language: str, key: str, **values: object) -> str:
    """The message ``key`` in ``language`` ("ko" or "en"), formatted."""
    if key not in _MESSAGES:  # the story commands keep their own strings
        from .story_messages import story_message

        return story_message(language, key, **values)
    ko, en = _MESSAGES[key]
    if language == "en":
        return en.format(**values) if values else en
    return particles(ko.format(**values)) if values else ko
