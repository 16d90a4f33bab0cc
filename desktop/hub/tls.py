"""TLS for the hub: a self-signed certificate (a county has no CA; devices pin it from their
enrolment file) and the pin of a certificate, "sha256:<hex of the DER certificate>" — what
`kcbx sync enrol-issue --hub-pin` writes into every device's enrolment."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
from pathlib import Path

from desktop.domain.errors import UserError


def self_signed(
    cert_path: str | os.PathLike[str],
    key_path: str | os.PathLike[str],
    *,
    hosts: list[str],
    days: int = 3650,
) -> str:
    """Write a certificate and its private key (PEM, key mode 0600); return the pin."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    if not hosts:
        raise UserError("请用 --host 指定服务器的域名或IP地址（设备访问它用的名字）")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0][:64])])
    alt: list[x509.GeneralName] = []
    for host in hosts:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            alt.append(x509.DNSName(host))
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_file = Path(key_path)
    key_file.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    Path(cert_path).write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return pin_of(cert_path)


def pin_of(cert_path: str | os.PathLike[str]) -> str:
    """The pin of a PEM (or DER) certificate file."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    raw = Path(cert_path).read_bytes()
    try:
        cert = (
            x509.load_pem_x509_certificate(raw)
            if b"-----BEGIN" in raw
            else x509.load_der_x509_certificate(raw)
        )
    except ValueError as exc:
        raise UserError(f"无法读取证书文件：{cert_path}") from exc
    der = cert.public_bytes(serialization.Encoding.DER)
    return f"sha256:{hashlib.sha256(der).hexdigest()}"


def key_pin_of(cert_path: str | os.PathLike[str]) -> str:
    """The pin of the certificate's public key (survives renewing the certificate with the
    same key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    raw = Path(cert_path).read_bytes()
    cert = x509.load_pem_x509_certificate(raw)
    spki = cert.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return f"sha256:{hashlib.sha256(spki).hexdigest()}"
