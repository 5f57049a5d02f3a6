"""Words of bylines: names and roles, outlets' name endings, section words,
places, and the words a byline field may hold that are neither a person nor
an outlet (see :mod:`summarizer.bylines`)."""

from __future__ import annotations

import re

from .outlet_domains import known_outlets

NAME = r"[가-힣]{2,4}"
# a mail address, as a byline, a caption or a sign-off prints it: one shape every reader uses
MAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
ROLE = (
    r"(?:기자|특파원|선임기자|전문기자|논설위원|객원기자|통신원|인턴기자|수습기자|칼럼니스트|시민기자|"
    r"수석기자|편집장|에디터|"
    r"객원칼럼니스트|객원논설위원|편집위원|연구위원)"
)
# one name, or several: "홍길동·김철수", "홍길동 기자·김철수"
NAMES = rf"{NAME}(?:(?:\s*{ROLE})?\s*[·,]\s*{NAME})*"
# after a dateline nothing else stands before the names: "김민수 이영희 기자 ="
SPACED_NAMES = rf"{NAME}(?:(?:\s*{ROLE})?\s*[·,]\s*{NAME}|\s+{NAME})*"
# words a byline field may hold that are not a person
NOT_PERSON = re.compile(
    r"^(?:관리자|운영자|편집자|편집국|편집부|뉴스팀|취재팀|온라인|보도자료|홍보팀|디지털|익명|독자|"
    r"admin|editor|staff)$",
    re.I,
)
# How outlets' names end ("파이낸셜뉴스", "지디넷코리아", "KoreaChip Daily").
OUTLET_NAME = re.compile(
    r"(?:뉴스|일보|신문|경제|타임스|타임즈|데일리|투데이|저널|미디어|인사이트|위클리|리뷰|리포트|"
    r"포스트|코리아|와이어|통신|방송|닷컴|매거진|조선|news|daily|times|korea|review|report|post|wire|"
    r"journal|insight|today|weekly|media|magazine)$",
    re.I,
)
# bracket tags shaped like an outlet that are none: kickers ("[포토뉴스]")
NOT_OUTLET_TAG = re.compile(
    r"(?:포토|카드|영상|그래픽|오늘의|주요|이슈|해외|외신|AI|IT)\s*뉴스$|^뉴스$"
)
# Words a site's section path starts with; any other head names the site.
SECTION_WORD = re.compile(
    r"^(?:(?:해외|국내|미국|중국)\s?(?=[가-힣]))?(?:홈|home|메인|main|뉴스|news|[가-힣]{0,4}\s*홈|전체\s*기사|기사|섹션|산업|경제|정치|사회|국제|글로벌|세계|"
    r"IT|IT/과학|IT·과학|과학|테크|tech|technology|반도체|전자|기업|재계|금융|증권|마켓|부동산|"
    r"오피니언|사설|칼럼|문화|스포츠|연예|라이프|생활|모바일|통신|인터넷|게임|자동차|모빌리티|에너지|"
    r"바이오|유통|종합|속보|단독|인물|포토|영상|정책|AI|인공지능|클라우드|소프트웨어|business|"
    r"커버\s*스토리|특집|기획|인터뷰|포커스|스페셜|심층|리포트|트렌드|피플|"
    r"world|economy|industry|markets?|opinion|latest|topics?|category|전국|지역|월드|[가-힣]{1,2}면|"
    r"메모리|하드웨어|부품|소재|장비|디스플레이|배터리|파운드리|보안|통신장비|네트워크|데이터센터|"
    r"가전|디바이스|ICT|SW|스타트업|벤처|증시|로봇|방송통신|과학기술|정보통신|전기전자|헬스케어|"
    r"주식|채권|외환|원자재|펀드|가상자산)"
    # "경제일반", "사회 종합": a section's catch-all page; "산업부", "경제2부": its desk
    r"(?:\s*(?:일반|종합|기타|전반)|\d?부)?$",
    re.I,
)
_PATH_TAIL = re.compile(r"^(?P<head>.{10,}?)(?P<tail>(?:\s+[:>|]\s+[^:>|]{1,10})+)$")


def section_path_off(head: str) -> str:
    """A page title's head without the section path its site prints after the
    headline (``헤드라인 : 경제일반 : 경제 : 뉴스``): every piece a section's."""
    m = _PATH_TAIL.match(head)
    if not m:
        return head
    pieces = [p for p in re.split(r"\s*[:>|]\s+", m["tail"].strip()) if p]
    return m["head"] if pieces and all(SECTION_WORD.match(p) for p in pieces) else head


# the marks a section breadcrumb joins its parts with: "IT/과학 | 통신", "증권 > 리포트"
_CRUMB_MARKS = re.compile(r"\s*[|>›»/·ㆍ・&+,]\s*|\s+[-–]\s+")


def section_words_only(line: str) -> bool:
    """A line made only of section words, alone or joined by a breadcrumb's
    marks ("IT/과학 | 통신", "경제", "과학기술 > IT·정보통신"): a section,
    which names no outlet however much its last word looks like one."""
    parts = [p for p in _CRUMB_MARKS.split(line.strip()) if p]
    return bool(parts) and all(SECTION_WORD.match(p) for p in parts)


# Datelines: cities and countries reporters file from ("베이징=", "=뉴욕").
PLACE = re.compile(
    r"^(?:서울|세종|부산|대구|인천|광주|대전|울산|수원|성남|판교|용인|평택|이천|청주|천안|구미|창원|포항|"
    r"제주|전주|여수|뉴욕|워싱턴|실리콘밸리|새너제이|샌프란시스코|샌디에이고|라스베이거스|로스앤젤레스|"
    r"시애틀|오스틴|보스턴|시카고|애틀랜타|휴스턴|피닉스|댈러스|도쿄|오사카|베이징|상하이|선전|광저우|"
    r"홍콩|타이베이|신주|싱가포르|하노이|호찌민|자카르타|뉴델리|벵갈루루|런던|파리|베를린|브뤼셀|"
    r"프랑크푸르트|뮌헨|암스테르담|바르셀로나|제네바|두바이|리야드|모스크바|시드니|토론토|밴쿠버|"
    r"팔로알토|마운틴뷰|쿠퍼티노|산타클라라|서니베일|레드먼드|애리조나|텍사스|캘리포니아|뉴저지|"
    r"하와이|오타와|몬트리올|멕시코시티|상파울루|마드리드|밀라노|로마|취리히|스톡홀름|헬싱키|"
    r"바르샤바|텔아비브|이스탄불|아부다비|도하|카이로|요하네스버그|뭄바이|방콕|쿠알라룸푸르|마닐라|"
    r"멜버른|난징|항저우|쑤저우|청두|우한|톈진|충칭|허페이|시안|칭다오|다롄|요코하마|나고야|교토|"
    r"후쿠오카|구마모토|삿포로|가오슝|타이중|타이난|다낭|박닌|하이퐁|"
    r"미국|중국|일본|대만|영국|독일|프랑스|인도|베트남|유럽)$"
)
# "여의도", "춘천시", "해운대구": a place name's ending
PLACE_END = re.compile(r"^[가-힣]{1,4}(?:시|군|구|도|동|읍|면|리|항|만)$")
NOT_OUTLET = re.compile(
    r"^(?:글|사진|기사|정리|대담|인터뷰|진행|취재|영상|편집|그래픽|자료|입력|승인|등록|수정|작성|작성자|기자명|글쓴이|"
    r"글·사진|사진·글|all|by|저작권자|최종|최초|송고|발행|업데이트|updated|published|posted|"
    r"copyright|rights|reserved|무단.*|오전|오후|am|pm|[월화수목금토일]요일|\d+\s*(?:분|시|초|일|월|년|면|호|쪽)"
    # a date field's label is never an outlet: "송고시간 | 2026-03-18 06:12"
    r"|(?:기사|최초|최종)?(?:입력|등록|수정|승인|발행|작성|게재|게시|송고|출고|공개|배포|전송)"
    r"(?:일시|일자|시간|시각|날짜|일)?"
    # page counters and controls beside a byline: "댓글 0", "조회수 1,284", "글자크기"
    r"|(?:댓글|조회수?|공감|추천|좋아요|스크랩|공유하기|공유|인쇄|읽음|글자\s*크기|"
    r"comments?|views?|likes?)(?:\s*[:：]?\s*[\d,]+)?"
    # a reading time: "4 min read", "읽는 시간 3분"
    r"|\d{1,3}\s*min(?:ute)?s?(?:\s+read)?|읽는\s*시간\s*\d{1,3}\s*분"
    # a team's byline ("온라인뉴스팀", "디지털뉴스부"): neither outlet nor writer
    r"|(?:온라인|디지털|인터넷|모바일|뉴미디어|멀티미디어)(?:\s?(?:뉴스|콘텐츠|편집|취재))?"
    r"(?:\s?(?:팀|부|국|센터))?"
    # a release's time field: "보도시점 배포 시", "보도일시 2026. 4. 9.", "엠바고 …"
    r"|(?:보도\s?시점|보도\s?일시|엠바고)(?:\s.*)?)$",
    re.I,
)
# "글 / 이름", "글; 이름", "기고=이름": a writer's credit label before the name
WRITER_CREDIT = re.compile(r"^(?:글|기고|필자)\s*[=:：/;]\s*")
COMPANY_MARKS = re.compile(r"^(?:\(주\)|㈜)\s*|\s*(?:\(주\)|㈜)$")


def is_person_name(name: str) -> bool:
    """A credit's name part that is a person's: no word of it a place, a
    section, a non-person word or an outlet ("인천·도윤슬" is not one)."""
    for word in name.split():
        if PLACE.match(word) or SECTION_WORD.match(word) or NOT_PERSON.match(word):
            return False
        if word in known_outlets() or OUTLET_NAME.search(word):
            return False
    return True


def is_outlet_name(name: str) -> bool:
    """A listed outlet or a name built like one."""
    return name in known_outlets() or OUTLET_NAME.search(name) is not None


def is_foreign_name(who: str) -> bool:
    """ "제임스 한", "마리아 로페즈": a transliterated name, not two Korean
    names ("김민수 이영희") nor a desk and a name ("산업부 김민수")."""
    words = who.split()
    if not is_person_name(who) or any(
        w.endswith(("부", "팀", "국", "단", "실", "반")) for w in words
    ):
        return False
    return not all(len(w) == 3 for w in words)
