# shellcheck shell=bash
# Sourced by profile_index.sh and profile_serve.sh: the reports of one perf
# recording (with DWARF call graphs), each written whole to OUT/NAME.full and
# cut to OUT/NAME.txt (head closing perf's pipe would kill it).
#   report-dso       samples by shared object
#   report-self      by function, self time
#   report-children  by function, with what it calls
#   report-threads   by thread (perf calls a thread's id its pid)
# perf_reports DATA OUT [TID]: with TID, also report-thread-TID, that thread's
# functions with what they call, in shares of its own samples.
perf_reports() {
  local data=$1 out=$2 tid=${3:-}
  report() {
    local name=$1 lines=$2; shift 2
    perf report -i "$data" --stdio -g none "$@" >"$out/$name.full" 2>/dev/null
    # perf pads its columns (and empty ones, "-") to the widest symbol.
    grep -v -e '^#' -e '^$' "$out/$name.full" | sed -E 's/([[:space:]]+-)*[[:space:]]*$//' |
      head -n "$lines" >"$out/$name.txt" || true
  }
  report report-dso 15 --no-children --sort dso
  report report-self 50 --no-children --sort dso,symbol
  report report-children 60 --children --sort symbol
  report report-threads 20 --no-children --sort pid
  # By pid as well: perf mixes other threads' call chains into --children
  # --tid sorted by symbol alone.
  [[ -z $tid ]] ||
    report "report-thread-$tid" 60 --children --sort pid,symbol --tid "$tid" --percentage relative
}

# Takes one of the options both profile scripts have (--build DIR, --out DIR,
# --xapian PREFIX) into BUILD_DIR, OUT or XAPIAN; returns 1 for any other.
# shellcheck disable=SC2034  # the variables are the caller's
take_profile_option() {
  case $1 in
    --build) BUILD_DIR=${2:?--build needs a folder} ;;
    --out) OUT=${2:?--out needs a folder} ;;
    --xapian) XAPIAN=${2:?--xapian needs a folder} ;;
    *) return 1 ;;
  esac
}

# The LD_LIBRARY_PATH that makes a program load the libxapian of PREFIX
# (tools/bench/xapian_symbols.sh), or the caller's own without a PREFIX.
xapian_library_path() {
  local prefix=$1
  [[ -n $prefix ]] || { echo "${LD_LIBRARY_PATH:-}"; return; }
  [[ -f $prefix/lib/libxapian.so.30 ]] || return 1
  echo "$prefix/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
}
