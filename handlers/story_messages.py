"""Reply strings of the story commands and the story-centric briefing,
Korean first, English on request (kept apart from :mod:`handlers.messages`
so the story work merges cleanly)."""

from __future__ import annotations

_MESSAGES: dict[str, tuple[str, str]] = {
    "cmd.stories": (
        "오늘의 주요 이슈 · /stories 주제: 주제별 이슈",
        "today's top stories · /stories TOPIC: stories on a topic",
    ),
    "cmd.story": (
        "이슈 하나를 자세히: 매체, 시간순 보도, 요지",
        "one story in full: outlets, timeline, gist",
    ),
    "cmd.topics": (
        "이 채팅의 관심 주제 · /topics add 단어 · /topics remove 단어",
        "this chat's topics · /topics add WORD · /topics remove WORD",
    ),
    "stories.title": ("📰 주요 이슈 {count}건", "📰 {count} top stories"),
    "stories.topic_title": ("📰 '{topic}' 관련 이슈 {count}건", "📰 {count} stories on '{topic}'"),
    "stories.none": ("아직 묶인 이슈가 없습니다.", "There are no stories yet."),
    "stories.no_topic": ("'{topic}' 관련 이슈가 없습니다.", "No stories on '{topic}'."),
    "stories.more": (
        "/story N 으로 이슈 하나를 자세히 볼 수 있습니다.",
        "Use /story N to read one story in full.",
    ),
    "story.usage": (
        "이슈 번호를 적어 주세요. 예: /story 1 (/stories 목록의 번호)",
        "Give a story number, e.g. /story 1 (the number in /stories).",
    ),
    "story.unknown": (
        "{number}번 이슈가 없습니다. /stories 목록은 1~{last}번입니다.",
        "There is no story {number}; /stories lists 1–{last}.",
    ),
    "story.outlets": ("보도 매체", "Outlets"),
    "story.timeline": ("시간순 보도", "Timeline"),
    "story.gist": ("요지", "Gist"),
    "story.seen": ("처음 {first} · 마지막 {last}", "first {first} · last {last}"),
    "story.entities": ("언급: {names}", "Named: {names}"),
    "story.outlet_count": ("{first} 외 {others}곳", "{first} and {others} more"),
    "story.one_outlet": ("{first}", "{first}"),
    "story.followup": ("후속 보도 {count}건", "{count} follow-up reports"),
    "story.unknown_outlet": ("매체 미상", "unknown outlet"),
    "summary.stories": ("관련 이슈", "Stories about it"),
    "briefing.stories": ("주요 이슈", "Top stories"),
    "briefing.story_count": (
        "새 기사 {count}건, 이슈 {stories}건을 정리했습니다.",
        "{count} new articles in {stories} stories.",
    ),
    "briefing.no_topic_news": (
        "관심 주제({topics})에 관한 새 이슈가 없어 주요 이슈를 보내 드립니다.",
        "Nothing new on your topics ({topics}); here are the top stories.",
    ),
    "topics.title": ("이 채팅의 관심 주제", "This chat's topics"),
    "topics.none": (
        "관심 주제가 없습니다. 예: /topics add 반도체 엔비디아",
        "No topics yet, e.g. /topics add 반도체 Nvidia",
    ),
    "topics.added": ("관심 주제를 추가했습니다: {words}", "Added topics: {words}"),
    "topics.removed": ("관심 주제에서 뺐습니다: {words}", "Removed topics: {words}"),
    "topics.not_found": ("관심 주제에 없는 단어입니다: {words}", "Not among the topics: {words}"),
    "topics.already": ("이미 관심 주제입니다: {words}", "Already among the topics: {words}"),
    "topics.no_words": (
        "추가하거나 뺄 단어를 함께 보내 주세요. 예: /topics add 반도체 엔비디아",
        "Name the words to add or remove, e.g. /topics add 반도체 Nvidia",
    ),
    "topics.usage": (
        "사용법: /topics · /topics add 단어… · /topics remove 단어…",
        "Usage: /topics · /topics add WORD… · /topics remove WORD…",
    ),
    "topics.too_many": (
        "관심 주제는 {limit}개까지 둘 수 있습니다.",
        "A chat can have up to {limit} topics.",
    ),
    "topics.list": ("{words}", "{words}"),
    "topics.alert": ("알림", "Alerts"),
    "topics.alert_on": (
        "관심 주제의 새 이슈를 {count}곳 이상이 보도하면 바로 알려 드립니다 (1시간에 한 번까지).",
        "New stories on your topics told by {count}+ outlets are pushed at once (at most hourly).",
    ),
    "topics.alert_off": ("이슈 알림을 껐습니다.", "Story alerts are off."),
    "topics.alert_usage": (
        "사용법: /topics alert 3 (3곳 이상 보도 시 알림, 2~20) · /topics alert off",
        "Usage: /topics alert 3 (alert at 3+ outlets, 2–20) · /topics alert off",
    ),
    "topics.alert_line": ("{count}곳 이상 보도 시", "when {count}+ outlets report"),
    "alert.title": ("🔔 관심 주제의 새 이슈", "🔔 A new story on your topics"),
}


def story_message(language: str, key: str, **values: object) -> str:
    ko, en = _MESSAGES[key]
    template = en if language == "en" else ko
    return template.format(**values) if values else template
