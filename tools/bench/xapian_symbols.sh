#!/usr/bin/env bash
# Builds the installed libxapian's own release (Debian's source of it) with
# debug symbols into a folder of its own, so perf can name the functions
# where Xapian spends a profile's time: Debian's libxapian30 is stripped and
# its -dbgsym package sits in an archive this machine may not reach. Nothing
# is installed system-wide; profile_index.sh and profile_serve.sh take the
# folder with --xapian. Prints the folder.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: tools/bench/xapian_symbols.sh [--out DIR]
  --out DIR   where to download, build and install (default build/xapian-symbols)
The library lands in DIR/install/lib; the build takes 2 to 3 minutes on two cores.
EOF
}

OUT=build/xapian-symbols
die() { echo "xapian_symbols: $*" >&2; exit 1; }
while [[ $# -gt 0 ]]; do
  case $1 in
    --out) OUT=${2:?--out needs a folder}; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done

# The upstream release Debian built libxapian30 from ("1.4.22-1" -> 1.4.22).
PACKAGED=$(dpkg-query -W -f='${Version}' libxapian30 2>/dev/null) || die "libxapian30 is not installed"
VERSION=${PACKAGED%%-*}
VERSION=${VERSION#*:}
PREFIX=$(realpath -m "$OUT/install")
if [[ -f $PREFIX/lib/libxapian.so.30 && -f $OUT/.version-$VERSION ]]; then
  echo "$PREFIX"
  exit 0
fi
mkdir -p "$OUT"
TARBALL=$OUT/xapian-core_$VERSION.orig.tar.xz
if [[ ! -s $TARBALL ]]; then
  curl -fsS -o "$TARBALL.part" "http://deb.debian.org/debian/pool/main/x/xapian-core/xapian-core_$VERSION.orig.tar.xz" \
    || die "cannot download xapian-core $VERSION's source from deb.debian.org"
  mv "$TARBALL.part" "$TARBALL"
fi
rm -rf "$OUT/xapian-core-$VERSION"
tar -xJf "$TARBALL" -C "$OUT"
LOG=$(realpath "$OUT")/build.log
(
  cd "$OUT/xapian-core-$VERSION"
  # Debian's own optimisation level, with symbols: the same code, named.
  ./configure --prefix="$PREFIX" --disable-documentation CXXFLAGS="-O2 -g"
  make -j "$(nproc)"
  make install
) >"$LOG" 2>&1 || die "building xapian-core $VERSION failed: see $LOG"
touch "$OUT/.version-$VERSION"
echo "$PREFIX"
