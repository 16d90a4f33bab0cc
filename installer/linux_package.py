"""Linux packages of the frozen bundle: a .deb (UOS, Kylin, Debian, Ubuntu) and a tarball.

The .deb installs the bundle to /opt/kcbx, a /usr/bin/kcbx link, a menu entry named
控辍保学工作台 and the icon. It has no maintainer scripts: the desktop's dpkg triggers refresh
the menu and icon caches, and nothing of the user's is touched — the data lives in
~/.local/share/kcbx, so removing or upgrading the package keeps it, and the first start of a
newer version migrates the database after backing it up. Depends lists the system libraries
the bundle links but does not carry (installer/bundle.py SYSTEM_LIBRARIES, and the graphics
and C libraries PyInstaller never bundles), found by reading the bundle's ELF files and asking
dpkg which package holds each on the build machine.

The tarball is the same tree plus install-user.sh, for a machine where the user cannot become
root: it installs to ~/.local/opt/kcbx with a menu entry for that user only.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

import bundle

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Version=1.0
Name=控辍保学工作台
Name[zh_CN]=控辍保学工作台
Name[en]=Keeping Children in School (kcbx)
GenericName=控辍保学工作台
Comment=发现、劝返、跟踪失学辍学适龄儿童（离线可用）
Comment[en]=Find children who left compulsory school and bring them back (works offline)
Keywords=控辍保学;辍学;劝返;学籍;送教上门;kcbx;
Exec={exec}
Icon={icon}
Terminal=false
Categories=Office;Education;
StartupWMClass=kcbx
"""

CONTROL = """\
Package: kcbx
Version: {version}
Architecture: {arch}
Maintainer: kcbx project <kcbx@localhost>
Installed-Size: {installed_kib}
Depends: {depends}
Section: education
Priority: optional
Description: 控辍保学工作台 — keeping children in compulsory school
 An offline-first desktop workbench for township cadres, teachers and county
 clerks: registers of children out of school, home visits, official documents,
 statistics, and sync between laptops by USB stick or network.
 .
 The user's data stays in ~/.local/share/kcbx when the package is removed.
"""

INSTALL_USER = """\
#!/bin/sh
# Install kcbx (控辍保学工作台) for this user only, without root:
# the program to ~/.local/opt/kcbx, a menu entry and the `kcbx` command in ~/.local/bin.
# Run it again to upgrade; your data (~/.local/share/kcbx) is kept either way.
set -e
here=$(cd "$(dirname "$0")" && pwd)
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/kcbx"
rm -rf "$opt.new" && mkdir -p "$HOME/.local/opt" && cp -a "$here/kcbx" "$opt.new"
rm -rf "$opt" && mv "$opt.new" "$opt"
mkdir -p "$HOME/.local/bin" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps"
ln -sf "$opt/kcbx" "$HOME/.local/bin/kcbx"
cp "$here/kcbx.png" "$prefix/icons/hicolor/256x256/apps/kcbx.png"
sed "s|^Exec=.*|Exec=$opt/kcbx|" "$here/kcbx.desktop" > "$prefix/applications/kcbx.desktop"
echo "已安装到 $opt（菜单：控辍保学工作台；命令：$HOME/.local/bin/kcbx）"
"""


def deb_arch() -> str:
    machine = os.uname().machine
    return {"x86_64": "amd64", "aarch64": "arm64", "loongarch64": "loong64"}.get(machine, machine)


def _elf_files(app: Path) -> list[Path]:
    found = []
    for path in app.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(app: Path) -> set[str]:
    """Sonames the bundle's ELF files link that the bundle does not carry."""
    present = {p.name for p in app.rglob("*")}
    needed: set[str] = set()
    for path in _elf_files(app):
        needed.update(bundle.elf_needed(str(path)))
    return {name for name in needed if name not in present}


def glibc_needed(app: Path) -> tuple[int, int]:
    """The newest GLIBC_x.y symbol version any file of the bundle asks for."""
    newest = (2, 0)
    for path in _elf_files(app):
        for major, minor in re.findall(rb"GLIBC_(\d+)\.(\d+)", path.read_bytes()):
            newest = max(newest, (int(major), int(minor)))
    return newest


def _library_path(soname: str) -> str | None:
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=False)
    for line in out.stdout.splitlines():
        parts = line.strip().split(" => ")
        if len(parts) == 2 and parts[0].split()[0] == soname and "x86-64" in parts[0]:
            return parts[1]
    for line in out.stdout.splitlines():  # another architecture's naming
        parts = line.strip().split(" => ")
        if len(parts) == 2 and parts[0].split()[0] == soname:
            return parts[1]
    return None


def _package_of(path: str) -> str | None:
    for candidate in (path, os.path.realpath(path)):
        out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":")[0].strip()
        # merged /usr: dpkg knows /lib/… and /usr/lib/… apart
        alt = (
            candidate.removeprefix("/usr") if candidate.startswith("/usr/") else "/usr" + candidate
        )
        out = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":")[0].strip()
    return None


def depends(app: Path) -> tuple[str, list[str]]:
    """(the Depends field, sonames no package was found for)."""
    major, minor = glibc_needed(app)
    packages = {f"libc6 (>= {major}.{minor})"}
    unknown = []
    for soname in sorted(system_libraries(app)):
        if soname.startswith(("libc.so", "libm.so", "libpthread", "libdl.so", "librt.so", "ld-")):
            continue  # glibc itself: libc6 above
        path = _library_path(soname)
        package = _package_of(path) if path else None
        if package is None:
            unknown.append(soname)
        elif package != "libc6":
            packages.add(package)
    return ", ".join(sorted(packages)), unknown


def _tree_size(root: Path) -> int:
    return sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() or p.is_symlink())


def stage_deb(app: Path, root: Path, *, version: str) -> tuple[str, list[str]]:
    """The package's file tree in `root` (a fresh folder); returns depends() for the record."""
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / "kcbx"
    shutil.copytree(app, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "kcbx").symlink_to("../../opt/kcbx/kcbx")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "kcbx.desktop").write_text(
        DESKTOP_ENTRY.format(exec="/opt/kcbx/kcbx", icon="kcbx"), encoding="utf-8"
    )
    icons = root / "usr" / "share" / "icons" / "hicolor"
    for size, name in (("256x256", "kcbx.png"), ("48x48", "kcbx-48.png")):
        (icons / size / "apps").mkdir(parents=True)
        shutil.copy(bundle.ICONS / name, icons / size / "apps" / "kcbx.png")
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(bundle.ICONS / "kcbx.svg", icons / "scalable" / "apps" / "kcbx.svg")
    field, unknown = depends(app)
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        CONTROL.format(
            version=version,
            arch=deb_arch(),
            installed_kib=(_tree_size(root) + 1023) // 1024,
            depends=field,
        ),
        encoding="utf-8",
    )
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)
    return field, unknown


def build_deb(
    app: Path, out_dir: Path, *, version: str, compression: str = "xz"
) -> tuple[Path, str]:
    """dpkg-deb the staged tree; `compression`: xz (release), gzip (quicker), none.
    Returns the package and its Depends field."""
    root = out_dir / "deb-root"
    field, unknown = stage_deb(app, root, version=version)
    if unknown:
        print(f"WARNING: no package found for {', '.join(unknown)} (not in Depends)")
    deb = out_dir / f"kcbx_{version}_{deb_arch()}.deb"
    level = ["-z1"] if compression == "gzip" else []
    subprocess.run(
        [
            "dpkg-deb",
            "--root-owner-group",
            f"-Z{compression}",
            *level,
            "--build",
            str(root),
            str(deb),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(root)
    return deb, field


def build_tarball(app: Path, out_dir: Path, *, version: str) -> Path:
    """kcbx-VERSION-linux-ARCH.tar.gz: the bundle, menu entry, icon and install-user.sh."""
    name = f"kcbx-{version}-linux-{os.uname().machine}"
    tgz = out_dir / f"{name}.tar.gz"

    def add_text(tar: tarfile.TarFile, arcname: str, text: str, mode: int) -> None:
        import io

        data = text.encode("utf-8")
        info = tarfile.TarInfo(arcname)
        info.size, info.mode = len(data), mode
        tar.addfile(info, io.BytesIO(data))

    with tarfile.open(tgz, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname=f"{name}/kcbx")
        tar.add(bundle.ICONS / "kcbx.png", arcname=f"{name}/kcbx.png")
        entry = DESKTOP_ENTRY.format(exec="kcbx", icon="kcbx")
        add_text(tar, f"{name}/kcbx.desktop", entry, 0o644)
        add_text(tar, f"{name}/install-user.sh", INSTALL_USER, 0o755)
    return tgz
