# Sourced by tools/test and tools/demo: make .venv and install the project with the given extras.
# Reinstalls only when pyproject.toml changes or an extra is asked for that is not installed yet.
ensure_venv() {
  local extras="$1"
  cd "$(dirname "${BASH_SOURCE[0]}")/.."
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  local stamp=".venv/.bland-nb-installed"
  local hash installed=""
  hash="$(sha256sum pyproject.toml | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(head -n1 "$stamp")" = "$hash" ]; then
    installed="$(sed -n 2p "$stamp")"
  fi
  local extra missing=""
  for extra in ${extras//,/ }; do
    case ",$installed," in *",$extra,"*) ;; *) missing=1 ;; esac
  done
  if [ -n "$missing" ]; then
    local all
    all="$(echo "$installed,$extras" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)"
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".[$all]"
    printf '%s\n%s\n' "$hash" "$all" > "$stamp"
  fi
}
