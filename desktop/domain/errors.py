"""Errors a user can act on. ``str(error)`` is a plain Chinese message."""


class UserError(Exception):
    """An error the user can act on; str() is a Chinese message."""


class ValidationError(UserError):
    """Input that does not pass validation (an ID number, a date, a code)."""


class TransitionRefused(UserError):
    """The case state machine refuses an action; the message says why."""
