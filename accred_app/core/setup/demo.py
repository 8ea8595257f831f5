"""``accred demo``: a realistic demonstration data set for a provincial police press office.

Everything is added through the services (so it is validated and audited like an officer's work) and
looked up first by its natural key (agency name, unit code, event name, press card number), so
loading the set twice adds nothing the second time. Names are generated combinations, never real
people; the content is deterministic (a seeded ``random.Random``) and small enough to load in well
under a few seconds. Passes need the installation's signing key (``accred init``): without one the
``no_signing_key`` error of :mod:`accred_app.core.passes.issuing` propagates.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal

from PIL import Image, ImageDraw
from sqlalchemy import select

from accred_app.core import validation as v
from accred_app.core.clock import VIETNAM_TZ
from accred_app.core.models import Event, FieldPass, PoliceUnit, PressAgency, Reporter
from accred_app.core.passes import issuing
from accred_app.core.registry import agencies, events, reporters, units
from accred_app.core.roles import Actor
from accred_app.core.storage.db import Database
from accred_app.core.text import clean, fold

SEED = 20261127
CardScheme = Literal["TH", "HNO", "HCM", "CAND"]

# --------------------------------------------------------------------------- agencies


@dataclass(frozen=True, slots=True)
class DemoAgency:
    key: str  # used only inside this module to refer to the agency
    name: str
    kind: str
    short_name: str | None
    scheme: CardScheme  # how this agency's press card numbers look
    domain: str  # e-mail domain of its reporters
    reporters: int
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    agreement: date | None = None


# fmt: off
AGENCIES: tuple[DemoAgency, ...] = (
    DemoAgency(
        "bdth", "Báo và Đài Phát thanh - Truyền hình Thanh Hóa", "tv", "Báo và Đài PT-TH Thanh Hóa",
        "TH", "baodaithanhhoa.vn", 10, "Lê Thị Thu Hà", "0237 3852 010", "bandoc@baodaithanhhoa.vn",
        "Phường Hạc Thành, tỉnh Thanh Hóa", date(2025, 12, 8),
    ),
    DemoAgency(
        "bth", "Báo Thanh Hóa", "print", "Báo Thanh Hóa", "TH", "baothanhhoa.vn", 6,
        "Nguyễn Văn Quang", "0237 3752 234", "toasoan@baothanhhoa.vn",
        "Phường Hạc Thành, tỉnh Thanh Hóa", date(2024, 3, 15),
    ),
    DemoAgency(
        "nd", "Báo Nhân Dân – Văn phòng đại diện tại Thanh Hóa", "print", "Nhân Dân", "HNO",
        "nhandan.vn", 4, "Trịnh Minh Đức", "0912 405 118", None, "TP Thanh Hóa",
    ),
    DemoAgency(
        "tt", "Báo Tuổi Trẻ – Văn phòng đại diện Bắc Trung Bộ", "print", "Tuổi Trẻ", "HCM",
        "tuoitre.vn", 4, "Hoàng Văn Long", "0903 118 226", "vpbtb@tuoitre.vn", "TP Vinh, Nghệ An",
    ),
    DemoAgency("tn", "Báo Thanh Niên", "print", "Thanh Niên", "HCM", "thanhnien.vn", 4),
    DemoAgency(
        "ld", "Báo Lao Động", "print", "Lao Động", "HNO", "laodong.vn", 4, None, "0243 8252 441",
    ),
    DemoAgency(
        "ttx", "Thông tấn xã Việt Nam – Cơ quan thường trú tại Thanh Hóa", "print", "TTXVN", "HNO",
        "vnanet.vn", 4, "Phạm Ngọc Bình", "0913 276 550", "thanhhoa@vnanet.vn", "TP Thanh Hóa",
        date(2024, 1, 22),
    ),
    DemoAgency(
        "vtv", "Đài Truyền hình Việt Nam (VTV) – Trung tâm khu vực Bắc Trung Bộ", "tv", "VTV",
        "HNO", "vtv.vn", 5, "Đỗ Quang Hưng", "0968 220 417", None,
    ),
    DemoAgency(
        "vov", "Đài Tiếng nói Việt Nam (VOV) – Cơ quan thường trú khu vực Bắc Trung Bộ", "radio",
        "VOV", "HNO", "vov.vn", 4,
    ),
    DemoAgency(
        "cand", "Báo Công an Nhân dân", "print", "CAND", "CAND", "cand.com.vn", 5,
        "Đặng Hữu Nam", "0692 345 117", "toasoan@cand.com.vn", "Quận Hoàn Kiếm, Hà Nội",
        date(2023, 9, 5),
    ),
    DemoAgency(
        "tccs", "Tạp chí Cảnh sát Nhân dân", "magazine", "Tạp chí CSND", "CAND", "csnd.vn", 3,
    ),
    DemoAgency(
        "vne", "Báo điện tử VnExpress", "online", "VnExpress", "HNO", "vnexpress.net", 4,
        "Vũ Thị Yến", "0976 550 132", "toasoan@vnexpress.net",
    ),
    DemoAgency("dt", "Báo điện tử Dân trí", "online", "Dân trí", "HNO", "dantri.com.vn", 4),
    DemoAgency(
        "nld", "Báo điện tử Người Lao Động", "online", "Người Lao Động", "HCM", "nld.com.vn", 5,
    ),
)
# fmt: on

# --------------------------------------------------------------------------- units

# (code, name, parent code)
UNITS: tuple[tuple[str, str, str | None], ...] = (
    ("CAT", "Công an tỉnh Thanh Hóa", None),
    ("PV01", "Phòng Tham mưu", "CAT"),
    ("PV01-TT", "Đội Thông tin, tuyên truyền (Phòng Tham mưu)", "PV01"),
    ("PA04", "Phòng An ninh chính trị nội bộ", "CAT"),
    ("PA05", "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", "CAT"),
    ("PC06", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "CAT"),
    ("PC08", "Phòng Cảnh sát giao thông", "CAT"),
    ("PC08-D1", "Đội Cảnh sát giao thông đường bộ số 1", "PC08"),
    ("PK02", "Phòng Cảnh sát cơ động", "CAT"),
    ("PK02-D1", "Đội Cảnh sát cơ động số 1", "PK02"),
    ("PK02-D2", "Đội Cảnh sát đặc nhiệm", "PK02"),
    ("CATP-TH", "Công an thành phố Thanh Hóa", "CAT"),
    ("CATX-SS", "Công an thành phố Sầm Sơn", "CAT"),
    ("CATX-BS", "Công an thị xã Bỉm Sơn", "CAT"),
    ("CAH-TX", "Công an huyện Thọ Xuân", "CAT"),
    ("CAH-NS", "Công an huyện Nga Sơn", "CAT"),
)

# --------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True)
class DemoEvent:
    key: str
    name: str
    kind: str
    start: date
    end: date | None
    location: str
    unit: str
    zones: tuple[str, ...]  # CODE:NAME:#RRGGBB
    notes: str | None = None


TET = "tet"
CONGRESS = "congress"
ELECTION = "election"
RALLY = "rally"
REVIEW = "review"
HQ = "hq"
COMMAND = "command"

# fmt: off
EVENTS: tuple[DemoEvent, ...] = (
    DemoEvent(
        TET, "Cao điểm bảo đảm ANTT Tết Nguyên đán Bính Ngọ 2026", "event",
        date(2026, 1, 15), date(2026, 2, 28), "Địa bàn tỉnh Thanh Hóa", "CAT",
        (
            "TCH:Trung tâm chỉ huy cao điểm:#C62828",
            "PH:Khu vực bắn pháo hoa Quảng trường Lam Sơn:#F9A825",
            "GA:Ga Thanh Hóa và bến xe phía Bắc:#1565C0",
            "BS:Bãi biển Sầm Sơn:#00838F",
        ),
        "Tác nghiệp theo lịch của Phòng Tham mưu; phóng viên đeo thẻ suốt thời gian làm nhiệm vụ.",
    ),
    DemoEvent(
        CONGRESS, "Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX", "event",
        date(2025, 10, 15), date(2025, 10, 17), "Trung tâm Hội nghị tỉnh Thanh Hóa", "PA04",
        (
            "HT:Hội trường chính:#C62828",
            "BC:Trung tâm báo chí:#1565C0",
            "SN:Sảnh đón tiếp:#2E7D32",
            "TL:Khu trưng bày, triển lãm:#6A1B9A",
        ),
    ),
    DemoEvent(
        ELECTION,
        "Ngày bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026–2031",
        "event", date(2026, 3, 15), date(2026, 3, 15), "TP Thanh Hóa và các huyện, thị xã", "PC06",
        (
            "KV1:Khu vực bỏ phiếu số 1 – Nhà văn hóa phường Điện Biên:#C62828",
            "KV2:Khu vực bỏ phiếu số 2 – Trường THCS Trần Mai Ninh:#1565C0",
            "KV3:Khu vực bỏ phiếu số 3 – Nhà văn hóa phường Đông Sơn:#2E7D32",
            "TH:Ban bầu cử – nơi tổng hợp kết quả:#EF6C00",
        ),
    ),
    DemoEvent(
        RALLY,
        "Lễ ra quân cao điểm tấn công trấn áp tội phạm, bảo đảm ANTT Tết Nguyên đán Đinh Mùi 2027",
        "event", date(2026, 12, 15), date(2026, 12, 16), "Quảng trường Lam Sơn, TP Thanh Hóa",
        "PK02",
        (
            "KD:Khán đài chính:#C62828",
            "DH:Khu vực đội hình ra quân:#2E7D32",
            "BC:Khu vực báo chí:#1565C0",
            "HC:Khu hậu cần, phương tiện:#4E342E",
        ),
    ),
    DemoEvent(
        REVIEW, "Hội nghị tổng kết công tác phối hợp tuyên truyền năm 2026", "event",
        date(2027, 1, 20), date(2027, 1, 20), "Hội trường Công an tỉnh Thanh Hóa", "PV01",
        (
            "HT:Hội trường:#C62828",
            "SN:Sảnh đón tiếp:#2E7D32",
            "PV:Khu vực phỏng vấn:#1565C0",
        ),
    ),
    DemoEvent(
        HQ, "Trụ sở Công an tỉnh Thanh Hóa", "site", date(2025, 1, 1), None,
        "Trụ sở Công an tỉnh Thanh Hóa, TP Thanh Hóa", "PV01",
        (
            "CONG:Cổng chính:#2E7D32",
            "HT:Hội trường:#C62828",
            "PH:Phòng họp báo:#1565C0",
            "TD:Phòng tiếp công dân:#F9A825",
        ),
        "Địa điểm thường trực: thẻ có thời hạn theo từng đợt tác nghiệp.",
    ),
    DemoEvent(
        COMMAND, "Trung tâm Chỉ huy Công an tỉnh", "site", date(2025, 6, 1), None,
        "Trụ sở Công an tỉnh Thanh Hóa, TP Thanh Hóa", "PV01",
        (
            "SANH:Sảnh tiếp đón:#2E7D32",
            "CH:Phòng chỉ huy:#C62828",
            "GS:Khu giám sát camera:#6A1B9A",
        ),
    ),
)
# fmt: on

# --------------------------------------------------------------------------- reporters

FAMILY = (
    ["Nguyễn"] * 6
    + ["Trần"] * 3
    + ["Lê"] * 3
    + ["Phạm"] * 2
    + ["Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng"]
    + ["Ngô", "Lương", "Mai", "Trịnh", "Hà", "Lò", "Lưu", "Cao", "Tô"]
)
MIDDLE_F = ("Thị", "Thị", "Thu", "Ngọc", "Minh", "Thanh", "Phương", "Hồng")
MIDDLE_M = ("Văn", "Văn", "Đức", "Minh", "Quang", "Ngọc", "Hữu", "Tiến")
GIVEN_F = (
    "Anh",
    "Ánh",
    "Châu",
    "Hà",
    "Hằng",
    "Huyền",
    "Phương",
    "Thảo",
    "Trang",
    "Yến",
    "Lan",
    "Linh",
    "Mai",
    "Nhung",
    "Oanh",
    "Vân",
)
GIVEN_M = (
    "Anh",
    "Bình",
    "Dũng",
    "Đạt",
    "Hoàng",
    "Long",
    "Nam",
    "Quang",
    "Hùng",
    "Khánh",
    "Sơn",
    "Tuấn",
    "Thắng",
    "Trung",
    "Việt",
    "Hiếu",
)
POSITIONS = (
    ["phóng viên"] * 6
    + ["biên tập viên"] * 2
    + ["quay phim"] * 2
    + ["phóng viên ảnh"] * 2
    + ["kỹ thuật viên"]
)
PHONE_PREFIXES = ("090", "091", "093", "094", "096", "097", "098")

# Names given on purpose (reporter index → (name, gender)): two pairs of namesakes at different
# agencies, so that lists and searches must tell them apart, and one long name.
FIXED_NAMES: dict[int, tuple[str, str]] = {
    0: ("Nguyễn Thị Ánh", "female"),  # Báo và Đài PT-TH Thanh Hóa
    57: ("Nguyễn Thị Ánh", "female"),  # Báo điện tử Dân trí
    11: ("Trần Văn Dũng", "male"),  # Báo Thanh Hóa
    46: ("Trần Văn Dũng", "male"),  # Báo Công an Nhân dân
    30: ("Lê Minh Hoàng", "male"),  # Báo Lao Động
    36: ("Lê Minh Hoàng", "male"),  # VTV
    20: ("Tôn Nữ Thị Phương Hoàng Yến", "female"),  # Báo Tuổi Trẻ
}
EXPIRED = (3, 14, 22, 33, 41, 52, 63)  # press card already expired
EXPIRING_DECEMBER = {5: date(2026, 12, 10), 29: date(2026, 12, 20), 48: date(2026, 12, 31)}
SUSPENDED = 62  # Báo điện tử Người Lao Động (had a pass for the congress)
SUSPEND_REASON = "Vi phạm quy chế tác nghiệp tại Đại hội — tạm đình chỉ 6 tháng"
BLACKLISTED = 28  # Báo Lao Động
BLACKLIST_REASON = (
    "Sử dụng giấy giới thiệu giả để vào khu vực hạn chế tại Trụ sở Công an tỉnh"
    " — đưa vào danh sách đen"
)


@dataclass(frozen=True, slots=True)
class DemoReporter:
    index: int
    agency: str
    full_name: str
    gender: str
    date_of_birth: date
    position: str
    card_no: str
    card_expiry: date
    citizen_id: str
    phone: str
    email: str | None
    with_photo: bool
    notes: str | None = None

    @property
    def card_key(self) -> str:
        return v.card_number(self.card_no)[1]


def _card_no(scheme: CardScheme, number: int, issued: int) -> str:
    if scheme == "TH":
        return f"TH-{number:04d}/{issued}"
    if scheme == "CAND":
        return f"CAND {number:04d}"  # typed with a space, as printed on the card
    return f"{scheme}-{number:04d}"


def _email(full_name: str, birth_year: int, domain: str) -> str:
    words = fold(full_name).split()
    return f"{words[-1]}.{''.join(w[0] for w in words[:-1])}{birth_year % 100:02d}@{domain}"


def demo_reporters(seed: int = SEED) -> list[DemoReporter]:
    """The demonstration reporters, the same list for the same seed."""
    rng = random.Random(seed)
    result: list[DemoReporter] = []
    used_numbers: set[tuple[str, int]] = set()
    used_ids: set[str] = set()
    index = 0
    for agency in AGENCIES:
        for _ in range(agency.reporters):
            gender = rng.choice(("female", "male"))
            middles, givens = (MIDDLE_F, GIVEN_F) if gender == "female" else (MIDDLE_M, GIVEN_M)
            family, middle, given = rng.choice(FAMILY), rng.choice(middles), rng.choice(givens)
            while given == middle:  # no "Ngô Quang Quang"
                given = rng.choice(givens)
            name = f"{family} {middle} {given}"
            name, gender = FIXED_NAMES.get(index, (name, gender))
            born = date(rng.randint(1972, 2001), rng.randint(1, 12), rng.randint(1, 28))
            century_digit = (0 if born.year < 2000 else 2) + (1 if gender == "female" else 0)
            while True:
                cccd = f"038{century_digit}{born.year % 100:02d}{rng.randrange(1_000_000):06d}"
                if cccd not in used_ids:
                    used_ids.add(cccd)
                    break
            while True:
                number = rng.randint(100, 9999)
                if (agency.scheme, number) not in used_numbers:
                    used_numbers.add((agency.scheme, number))
                    break
            if index in EXPIRED:
                expiry = date(rng.choice((2025, 2026)), rng.randint(1, 10), rng.randint(1, 28))
            elif index in EXPIRING_DECEMBER:
                expiry = EXPIRING_DECEMBER[index]
            else:
                expiry = date(rng.randint(2027, 2030), rng.randint(1, 12), rng.randint(1, 28))
            issued = min(expiry.year - 5 + rng.randint(0, 1), 2026)
            phone = f"{rng.choice(PHONE_PREFIXES)}{rng.randrange(10_000_000):07d}"
            email = _email(name, born.year, agency.domain) if rng.random() < 0.8 else None
            notes = None
            if index in EXPIRED:
                notes = "Thẻ nhà báo đã hết hạn, cơ quan báo chí đang làm thủ tục cấp đổi."
            result.append(
                DemoReporter(
                    index=index,
                    agency=agency.key,
                    full_name=name,
                    gender=gender,
                    date_of_birth=born,
                    position=rng.choice(POSITIONS),
                    card_no=_card_no(agency.scheme, number, issued),
                    card_expiry=expiry,
                    citizen_id=cccd,
                    phone=phone,
                    email=email,
                    with_photo=index % 2 == 0,
                    notes=notes,
                )
            )
            index += 1
    return result


# --------------------------------------------------------------------------- photos

BACKGROUNDS = ((214, 228, 240), (235, 235, 235), (200, 220, 205), (240, 226, 206), (222, 214, 236))
SHIRTS = ((33, 60, 110), (240, 240, 240), (70, 90, 70), (120, 40, 40), (60, 60, 60), (30, 90, 140))
SKINS = ((234, 200, 170), (222, 184, 150), (200, 160, 125), (240, 212, 186))
HAIR = ((25, 20, 18), (45, 35, 30), (70, 50, 35))


def portrait(seed: int, *, long_hair: bool = False, size: tuple[int, int] = (120, 160)) -> bytes:
    """A small synthetic passport-style JPEG: plain background, head-and-shoulders silhouette."""
    rng = random.Random(seed)
    w, h = size
    image = Image.new("RGB", size, rng.choice(BACKGROUNDS))
    draw = ImageDraw.Draw(image)
    cx = w // 2 + rng.randint(-4, 4)
    draw.ellipse((cx - w * 0.42, h * 0.66, cx + w * 0.42, h * 1.3), fill=rng.choice(SHIRTS))
    skin = rng.choice(SKINS)
    draw.rectangle((cx - w * 0.08, h * 0.52, cx + w * 0.08, h * 0.7), fill=skin)
    head_w, head_h = w * rng.uniform(0.2, 0.24), h * rng.uniform(0.2, 0.23)
    top = h * 0.18
    hair = rng.choice(HAIR)
    if long_hair:  # hair falling behind the head to the shoulders
        draw.rounded_rectangle(
            (cx - head_w - 5, top, cx + head_w + 5, top + 2.4 * head_h),
            radius=int(head_w),
            fill=hair,
        )
    draw.ellipse((cx - head_w, top, cx + head_w, top + 2 * head_h), fill=skin)
    draw.chord(
        (cx - head_w - 2, top - 4, cx + head_w + 2, top + head_h * rng.uniform(1.0, 1.4)),
        180,
        360,
        fill=hair,
    )
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


# --------------------------------------------------------------------------- loading


def _at(day: date) -> datetime:
    """8 a.m. Vietnam time on ``day``: when a historical batch was issued at the desk."""
    return datetime.combine(day, time(8, 0), tzinfo=VIETNAM_TZ)


def load_demo(db: Database, actor: Actor) -> dict[str, int]:
    """Load the demonstration set; returns how many of each thing this call added."""
    counts = {"agencies": 0, "units": 0, "events": 0, "reporters": 0, "passes": 0, "revoked": 0}

    # Agencies. Matched in Python: SQLite's lower() folds ASCII letters only, so a SQL
    # lower(name) = :name never matches a name with a capital "Đ" (see agencies.find_by_name).
    with db.reading() as session:
        known = {
            clean(name).casefold(): agency_id
            for agency_id, name in session.execute(select(PressAgency.id, PressAgency.name))
        }
    agency_ids: dict[str, int] = {}
    for agency in AGENCIES:
        found = known.get(clean(agency.name).casefold())
        if found is None:
            found = agencies.add_agency(
                db,
                actor,
                name=agency.name,
                kind=agency.kind,
                short_name=agency.short_name,
                contact_person=agency.contact_person,
                phone=agency.phone,
                email=agency.email,
                address=agency.address,
                agreement_signed_on=agency.agreement,
            )
            counts["agencies"] += 1
        agency_ids[agency.key] = found

    # Units (parents come before their children in UNITS)
    unit_ids: dict[str, int] = {}
    for code, name, parent in UNITS:
        with db.reading() as session:
            found = session.execute(
                select(PoliceUnit.id).where(PoliceUnit.code == code)
            ).scalar_one_or_none()
        if found is None:
            found = units.add_unit(
                db,
                actor,
                name=name,
                code=code,
                parent_id=unit_ids[parent] if parent is not None else None,
            )
            counts["units"] += 1
        unit_ids[code] = found

    # Events and standing sites
    event_ids: dict[str, int] = {}
    for event in EVENTS:
        with db.reading() as session:
            found = (
                session.execute(select(Event.id).where(Event.name == event.name)).scalars().first()
            )
        if found is None:
            found = events.add_event(
                db,
                actor,
                name=event.name,
                kind=event.kind,
                start=event.start,
                end=event.end,
                location=event.location,
                organising_unit_id=unit_ids[event.unit],
                notes=event.notes,
                zones=[events.parse_zone_spec(z) for z in event.zones],
            )
            counts["events"] += 1
        event_ids[event.key] = found

    # Reporters
    people = demo_reporters()
    reporter_ids: dict[int, int] = {}
    added: set[int] = set()
    for person in people:
        with db.reading() as session:
            found = session.execute(
                select(Reporter.id).where(Reporter.card_no_key == person.card_key)
            ).scalar_one_or_none()
        if found is None:
            found = reporters.add_reporter(
                db,
                actor,
                full_name=person.full_name,
                agency_id=agency_ids[person.agency],
                card_no=person.card_no,
                card_expiry=person.card_expiry,
                citizen_id=person.citizen_id,
                phone=person.phone,
                email=person.email,
                date_of_birth=person.date_of_birth,
                gender=person.gender,
                position=person.position,
                notes=person.notes,
                photo=(
                    portrait(SEED + person.index, long_hair=person.gender == "female")
                    if person.with_photo
                    else None
                ),
            )
            counts["reporters"] += 1
            added.add(person.index)
        reporter_ids[person.index] = found

    by_agency: dict[str, list[DemoReporter]] = {}
    for person in people:
        by_agency.setdefault(person.agency, []).append(person)

    def without_pass(event_key: str, indexes: list[int]) -> list[int]:
        """Reporter ids (of ``indexes``) that hold no pass at all for the event yet."""
        ids = [reporter_ids[i] for i in indexes]
        with db.reading() as session:
            holding = set(
                session.execute(
                    select(FieldPass.reporter_id).where(
                        FieldPass.event_id == event_ids[event_key], FieldPass.reporter_id.in_(ids)
                    )
                ).scalars()
            )
        return [i for i in ids if i not in holding]

    def batch(event_key: str, indexes: list[int], *, now: datetime | None = None) -> None:
        ids = without_pass(event_key, indexes)
        if ids:
            result = issuing.issue_batch(
                db, actor, event_id=event_ids[event_key], reporter_ids=ids, now=now
            )
            counts["passes"] += len(result.issued)

    def first(agency_key: str, n: int) -> list[int]:
        return [p.index for p in by_agency[agency_key][:n]]

    # Passes of past events, issued (as the desk did then) a few days before each one
    batch(
        CONGRESS,
        first("bdth", 5)
        + first("bth", 3)
        + first("nd", 2)
        + first("ttx", 2)
        + first("vtv", 2)
        + first("cand", 2)
        + first("nld", 5),
        now=_at(date(2025, 10, 10)),
    )
    batch(TET, first("bdth", 4) + first("cand", 3) + first("vne", 2), now=_at(date(2026, 1, 12)))
    batch(
        ELECTION,
        first("bdth", 3) + first("bth", 2) + first("ttx", 2) + first("vov", 2),
        now=_at(date(2026, 3, 10)),
    )

    # Standing statuses (only for reporters this call added, so an officer's later decision stands)
    if SUSPENDED in added:
        reporters.set_status(db, actor, reporter_ids[SUSPENDED], "suspended", SUSPEND_REASON)
    if BLACKLISTED in added:
        reporters.set_status(db, actor, reporter_ids[BLACKLISTED], "blacklisted", BLACKLIST_REASON)

    # The upcoming rally: the whole provincial Báo và Đài, and the national press in the press area
    batch(RALLY, [p.index for p in by_agency["bdth"]])
    batch(RALLY, first("vtv", 3) + first("ttx", 2) + first("cand", 3) + first("nd", 2))
    batch(REVIEW, first("bdth", 3) + first("bth", 2) + first("cand", 2) + first("tccs", 2))

    # Standing site: single passes for this month's reporting at the headquarters
    hq_people = first("bth", 2) + first("vne", 2) + first("dt", 2) + first("tccs", 1)
    issued_now: list[str] = []
    for reporter_id in without_pass(HQ, hq_people):
        view = issuing.issue_pass(
            db,
            actor,
            reporter_id=reporter_id,
            event_id=event_ids[HQ],
            zones=["CONG", "PH"],
            first_day=date(2026, 11, 1),
            last_day=date(2026, 12, 31),
        )
        issued_now.append(view.serial)
        counts["passes"] += 1
    for reporter_id in without_pass(COMMAND, first("vtv", 1) + first("bdth", 1)):
        issuing.issue_pass(
            db,
            actor,
            reporter_id=reporter_id,
            event_id=event_ids[COMMAND],
            first_day=date(2026, 11, 20),
            last_day=date(2026, 12, 20),
        )
        counts["passes"] += 1
    if len(issued_now) >= 4:
        issuing.revoke_pass(
            db,
            actor,
            issued_now[3],
            "Cơ quan báo chí đề nghị thu hồi: phóng viên chuyển công tác sang bộ phận khác.",
        )
        counts["revoked"] += 1
    return counts
