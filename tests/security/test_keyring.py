"""The keyring file, recovery keys, sealed secrets and the sign-in throttle: correct use, and
hostile input refused with a clear message and no other exception (hypothesis)."""

from __future__ import annotations

import base64
import contextlib
import json
import secrets

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import UserError
from desktop.security import kdf, keyring, sealing, throttle
from desktop.security.keyring import Keyring, KeyringError

KEY = bytes(range(32))
FUZZ = settings(max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def ring() -> Keyring:
    kdf.DEFAULT = kdf.Params(1, 64, 1)
    try:
        _, raw = RECOVERY
        r = Keyring.create(KEY, user="admin", password="pw-admin-1", recovery=raw)
        return r.with_password("张三", "pw-zhang-1", KEY)
    finally:
        kdf.DEFAULT = kdf.Params()


RECOVERY = kdf.new_recovery_key()


def test_each_unlocker_opens_the_same_key(ring):
    assert ring.unlock_password("admin", "pw-admin-1") == KEY
    assert ring.unlock_password("张三", "pw-zhang-1") == KEY
    assert ring.unlock_recovery(RECOVERY[1]) == KEY
    assert ring.unlock_password("admin", "pw-zhang-1") is None
    assert ring.unlock_password("nobody", "pw-admin-1") is None
    assert ring.unlock_recovery(secrets.token_bytes(20)) is None
    assert ring.users() == ["admin", "张三"]


def test_roundtrip_through_the_file(ring, tmp_path):
    path = tmp_path / "x.db.keyring"
    ring.save(path)
    again = keyring.load(path)
    assert again == ring
    assert again.unlock_password("张三", "pw-zhang-1") == KEY
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left


def test_removed_user_and_swapped_slots_do_not_unlock(ring):
    assert ring.without_user("张三").unlock_password("张三", "pw-zhang-1") is None
    doc = json.loads(ring.dumps())
    # give 张三's slot to admin: the AES-GCM associated data binds a slot to its user
    slots = {s["user"]: s for s in doc["slots"]}
    slots["张三"]["user"] = "other"
    tampered = keyring.parse(json.dumps(doc).encode())
    assert tampered.unlock_password("other", "pw-zhang-1") is None
    # a slot moved to another keyring (other key id) does not unlock either
    doc = json.loads(ring.dumps())
    doc["key_id"] = "0" * 16
    assert keyring.parse(json.dumps(doc).encode()).unlock_password("admin", "pw-admin-1") is None


def test_clear_messages_for_typical_damage(ring, tmp_path):
    with pytest.raises(KeyringError, match="找不到密钥文件"):
        keyring.load(tmp_path / "missing.keyring")
    with pytest.raises(KeyringError, match="文件为空"):
        keyring.parse(b"")
    with pytest.raises(KeyringError, match="格式错误"):
        keyring.parse(ring.dumps()[:-5])
    doc = json.loads(ring.dumps())
    doc["version"] = 2
    with pytest.raises(KeyringError, match="更新版本"):
        keyring.parse(json.dumps(doc).encode())
    doc = json.loads(ring.dumps())
    doc["slots"][0]["kdf"]["m"] = 1 << 40  # a hostile file asking for a terabyte of memory
    with pytest.raises(KeyringError, match="超出范围"):
        keyring.parse(json.dumps(doc).encode())


def _mutations(ring_bytes: bytes):
    doc = json.loads(ring_bytes)
    leaf = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=True),
        st.text(max_size=20),
        st.binary(max_size=60).map(lambda b: base64.b64encode(b).decode()),
    )
    values = (
        leaf | st.lists(leaf, max_size=3) | st.dictionaries(st.text(max_size=4), leaf, max_size=2)
    )

    @st.composite
    def mutate(draw):
        d = json.loads(json.dumps(doc))
        target = draw(st.sampled_from(["top", "slot", "kdf"]))
        if target == "top":
            d[draw(st.sampled_from([*d, "extra"]))] = draw(values)
        elif target == "slot":
            slot = d["slots"][draw(st.integers(0, len(d["slots"]) - 1))]
            slot[draw(st.sampled_from([*slot, "extra"]))] = draw(values)
        else:
            slot = d["slots"][0]
            slot["kdf"][draw(st.sampled_from([*slot["kdf"], "x"]))] = draw(values)
        return json.dumps(d).encode()

    return mutate()


def _ring_bytes() -> bytes:
    saved, kdf.DEFAULT = kdf.DEFAULT, kdf.Params(1, 64, 1)
    try:
        return Keyring.create(KEY, user="admin", password="pw-admin-1", recovery=b"r" * 20).dumps()
    finally:
        kdf.DEFAULT = saved


RING_BYTES = _ring_bytes()


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=400),
        st.text(max_size=200).map(str.encode),
        _mutations(RING_BYTES),
        st.binary(max_size=40).map(lambda b: RING_BYTES[: len(b) * 7] + b),
    )
)
def test_fuzz_keyring_parser_only_refuses_clearly(blob):
    try:
        parsed = keyring.parse(blob)
    except KeyringError as exc:
        assert str(exc).startswith("密钥文件")
    else:
        assert isinstance(parsed, Keyring) and parsed.slots


def test_recovery_key_format_and_typos():
    text, raw = kdf.new_recovery_key()
    assert len(text) == 44 and text.count("-") == 8
    assert kdf.parse_recovery_key(text) == raw
    assert kdf.parse_recovery_key(" " + text.lower().replace("-", " ") + "\n") == raw
    swapped = text.replace("O", "0").replace("I", "1").replace("B", "8")
    assert kdf.parse_recovery_key(swapped) == raw  # read as the letters they look like
    chars = list(text.replace("-", ""))
    chars[5] = "A" if chars[5] != "A" else "C"
    with pytest.raises(kdf.BadRecoveryKey, match="校验不符"):
        kdf.parse_recovery_key("".join(chars))


@FUZZ
@given(
    st.one_of(
        st.text(max_size=80),
        st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ2345670189- ", min_size=30, max_size=50),
    )
)
def test_fuzz_recovery_key_parser(text):
    try:
        raw = kdf.parse_recovery_key(text)
    except kdf.BadRecoveryKey as exc:
        assert "恢复密钥" in str(exc)
    else:
        assert len(raw) == kdf.RECOVERY_BYTES


def test_password_rules():
    for bad in ("short", "12345678", "aaaaaaaaaaaa", "x" * 300):
        with pytest.raises(kdf.PasswordTooWeak):
            kdf.check_new_password(bad)
    kdf.check_new_password("县教育局2026春")


def test_sealed_secrets(tmp_path):
    blob = sealing.seal_with_password(
        b"county signing key", "seal-password-1", purpose="county-key"
    )
    assert b"county signing key" not in blob
    assert (
        sealing.open_with_password(blob, "seal-password-1", purpose="county-key")
        == b"county signing key"
    )
    with pytest.raises(UserError, match="密码错误"):
        sealing.open_with_password(blob, "wrong-password", purpose="county-key")
    with pytest.raises(UserError, match="用途不符"):
        sealing.open_with_password(blob, "seal-password-1", purpose="other")


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=300),
        st.dictionaries(st.text(max_size=8), st.integers() | st.text(max_size=8)).map(
            lambda d: json.dumps(
                {"format": "kcbx-sealed", "version": 1, "purpose": "p", **d}
            ).encode()
        ),
    )
)
def test_fuzz_sealed_blob_parser(blob):
    with contextlib.suppress(UserError):
        sealing.open_with_password(blob, "whatever-pw", purpose="p")


def test_data_key_protector(tmp_path):
    from desktop.security import cipher

    db_path = tmp_path / "x.db"
    protector = sealing.DataKeyProtector(db_path)
    with pytest.raises(UserError, match="未登录"):
        protector.wrap(b"secret")
    cipher.register_key(db_path, KEY)
    try:
        stored = protector.wrap(b"device private key")
        assert b"device private key" not in stored
        assert protector.unwrap(stored, sealing.PROTECTION) == b"device private key"
        assert protector.unwrap(b"legacy", "none") == b"legacy"
        with pytest.raises(UserError):
            protector.unwrap(stored[:-1] + bytes([stored[-1] ^ 1]), sealing.PROTECTION)
    finally:
        cipher.forget_key(db_path)


# --- the sign-in throttle -------------------------------------------------------------------


def test_failures_slow_down_exponentially_and_survive_a_restart(tmp_path):
    path = tmp_path / "a.db"
    t = 1_000_000.0
    for _ in range(throttle.FREE_FAILURES):
        throttle.check(path, now=t)
        throttle.failed(path, now=t)
    assert throttle.wait_seconds(path, now=t) == 1
    waits = []
    for _ in range(5):
        t += throttle.wait_seconds(path, now=t)
        throttle.check(path, now=t)
        throttle.failed(path, now=t)
        waits.append(throttle.wait_seconds(path, now=t))
    assert waits == [2, 4, 8, 16, 32]
    with pytest.raises(throttle.TooManyAttempts, match="32 秒"):
        throttle.check(path, now=t)
    # "restart": the state is read back from the file; another database is not affected
    assert throttle.wait_seconds(path, now=t + 1) == 31
    assert throttle.wait_seconds(tmp_path / "b.db", now=t) == 0
    throttle.succeeded(path)
    assert throttle.wait_seconds(path, now=t) == 0
    assert throttle.delay(100) == throttle.MAX_DELAY


def test_wrong_sign_ins_are_throttled_across_sessions(demo_db):
    from desktop.security import session

    session.setup(
        demo_db, username="admin", display_name="管理员", password="admin-pw-123", encrypt_db=False
    )
    session.sign_out()
    for _ in range(throttle.FREE_FAILURES):
        with pytest.raises(session.WrongPassword):
            session.login(demo_db, "admin", "guess-1")
    with pytest.raises(throttle.TooManyAttempts):
        session.login(demo_db, "admin", "admin-pw-123")  # even the right one must wait


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=200),
        st.dictionaries(
            st.text(max_size=5),
            st.one_of(
                st.integers(),
                st.text(max_size=3),
                st.fixed_dictionaries(
                    {
                        "failures": st.integers() | st.floats() | st.none(),
                        "last": st.floats() | st.integers() | st.text(max_size=2),
                    }
                ),
            ),
            max_size=4,
        ).map(lambda d: json.dumps(d).encode()),
    )
)
def test_fuzz_throttle_file_never_crashes_and_never_lifts_the_limit(data):
    records = throttle.parse(data, now=5000.0)
    for r in records.values():
        assert isinstance(r.failures, int) and r.failures >= 0 and r.last <= 5000.0


def test_deleting_the_attempts_file_does_not_lift_the_wait(encrypted):
    """The count is also in the database's keyring (which cannot be deleted without losing the
    database): deleting signin-attempts.json resets nothing."""
    from security_helpers import ADMIN, PASSWORD

    from desktop import paths
    from desktop.security import keyring, session

    for _ in range(throttle.FREE_FAILURES + 1):
        with pytest.raises((session.WrongPassword, throttle.TooManyAttempts)):
            session.login(encrypted.path, ADMIN, "guess-1")
    (paths.data_dir() / "signin-attempts.json").unlink()
    assert throttle.failures(encrypted.path) >= throttle.FREE_FAILURES
    with pytest.raises(throttle.TooManyAttempts):
        session.login(encrypted.path, ADMIN, PASSWORD)  # even the right one must wait
    ring = keyring.load(keyring.keyring_path(encrypted.path))
    assert ring.throttle is not None and ring.throttle[0] >= throttle.FREE_FAILURES
    # the keyring still opens the database, and a success clears both
    throttle.succeeded(encrypted.path)
    assert keyring.load(keyring.keyring_path(encrypted.path)).throttle is None
    session.login(encrypted.path, ADMIN, PASSWORD)
    session.sign_out()
