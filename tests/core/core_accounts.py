"""The accounts the core tests sign in with (shared by the fixtures and the command tests)."""

ADMIN_PW = "admin-password-1"


def password_of(username: str) -> str:
    return ADMIN_PW if username == "admin" else f"pw-{username}-1"
