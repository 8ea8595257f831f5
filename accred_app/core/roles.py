"""Who may do what. Every service checks the actor's role here, so the GUI and the CLI cannot forget."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from accred_app.core.errors import PermissionDenied
from accred_app.core.messages import register, register_terms
from accred_app.core.models import Role


class Permission(enum.StrEnum):
    READ = "read"  # see reporters, agencies, events, passes, logs
    EDIT_REGISTRY = "edit_registry"  # reporters, agencies, units, events
    ISSUE_PASSES = "issue_passes"  # issue, revoke
    PRINT_PASSES = "print_passes"
    SCAN = "scan"  # checkpoint mode
    # Deny a pass that scanned valid (the face does not match), without revoking it. Held by
    # everyone who scans: see docs/architecture.md ("supervisor denial") for why.
    OVERRIDE_SCAN = "override_scan"
    MANAGE_OFFICERS = "manage_officers"
    MANAGE_KEYS = "manage_keys"
    MANAGE_DATA = "manage_data"  # settings, backups, restore, station export, log import


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.DESK: frozenset(
        {
            Permission.READ,
            Permission.EDIT_REGISTRY,
            Permission.ISSUE_PASSES,
            Permission.PRINT_PASSES,
            Permission.SCAN,
            Permission.OVERRIDE_SCAN,
        }
    ),
    Role.CHECKPOINT: frozenset({Permission.SCAN, Permission.OVERRIDE_SCAN}),
    Role.VIEWER: frozenset({Permission.READ}),
}


@dataclass(frozen=True, slots=True)
class Actor:
    """The signed-in officer an operation runs as (``system`` for set-up steps such as init/demo).

    ``data_key`` is the installation's data key, unwrapped at sign-in from the officer's key slot
    (docs/key-protection.md); it opens the sealed signing keys for this session only. Officers who
    may not issue passes, and key holders whose slot is missing, have none. It is kept out of
    ``repr`` and comparisons so that it never shows in a log line or a test failure.
    """

    username: str
    role: Role
    officer_id: int | None = None
    unit_id: int | None = None
    data_key: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def holds_signing_key(self) -> bool:
        """True when this session can open the signing keys (and so sign passes)."""
        return self.data_key is not None

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                "permission_denied",
                username=self.username,
                role=self.role.value,
                permission=permission.value,
            )


SYSTEM = Actor(username="system", role=Role.ADMIN)

register(
    {
        "permission_denied": (
            "Cán bộ {username} (vai trò {role:term}) không có quyền {permission:term}.",
            "Officer {username} (role {role:term}) may not {permission:term}.",
        ),
    }
)

register_terms(
    {
        "admin": ("quản trị viên", "administrator"),
        "desk": ("cán bộ cấp thẻ", "accreditation officer"),
        "checkpoint": ("cán bộ chốt kiểm soát", "checkpoint officer"),
        "viewer": ("người xem", "viewer"),
        # what a permission lets an officer do, as the end of "may not …"
        "read": ("xem dữ liệu", "see the records"),
        "edit_registry": (
            "sửa danh mục phóng viên, cơ quan, đơn vị, sự kiện",
            "change reporters, agencies, units or events",
        ),
        "issue_passes": ("cấp hoặc thu hồi thẻ tác nghiệp", "issue or revoke field passes"),
        "print_passes": ("in thẻ tác nghiệp", "print field passes"),
        "scan": ("quét thẻ tại chốt kiểm soát", "scan passes at a checkpoint"),
        "override_scan": (
            "từ chối người có thẻ hợp lệ khi khuôn mặt không khớp",
            "deny a valid pass whose holder's face does not match",
        ),
        "manage_officers": ("quản lý tài khoản cán bộ", "manage officer accounts"),
        "manage_keys": ("quản lý khóa ký", "manage the signing keys"),
        "manage_data": (
            "quản lý cài đặt, sao lưu và dữ liệu trạm",
            "manage settings, backups and station data",
        ),
    }
)
