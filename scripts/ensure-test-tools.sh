#!/usr/bin/env bash
# Before `npm test` (npm runs it as `pretest`): the system packages the tests need, from Debian, when
# missing — chromium for the task pane's browser test, a CJK font so its screenshot shows the Chinese
# UI, xmllint for `npm run validate`, and the writers of the fidelity corpus (XlsxWriter, openpyxl
# with Pillow for its images, LibreOffice headless), LibreOffice Writer and poppler for the printed
# pages (the Word report and the scored sheets converted to PDF and measured). Without root or sudo it only says what is missing (the browser
# test then skips, except under CI, where it fails).
set -uo pipefail
missing=()
command -v xmllint >/dev/null || missing+=(libxml2-utils)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Read the list whole before searching it: `grep -q` stopping early would SIGPIPE fc-list, and under
# pipefail the font would count as missing on every run.
fonts="$(fc-list 2>/dev/null || true)"
grep -qi 'cjk' <<<"$fonts" || missing+=(fonts-noto-cjk)
# Debian's own python3, where apt puts its modules (a python3 earlier on PATH may be another one).
/usr/bin/python3 -c 'import xlsxwriter' 2>/dev/null || missing+=(python3-xlsxwriter)
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || missing+=(python3-openpyxl)
/usr/bin/python3 -c 'import PIL' 2>/dev/null || missing+=(python3-pil)
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
# Writer, for the Word report's conversion to PDF; poppler, to measure the PDFs the printing tests make.
[ -e /usr/lib/libreoffice/program/libswlo.so ] || missing+=(libreoffice-writer-nogui)
command -v pdfinfo >/dev/null || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; else
  echo "pretest: missing ${missing[*]} (install with apt-get); continuing without them" >&2
  exit 0
fi
# A busy or unreachable apt must not stop the tests: say so, and let them run with what is here.
if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
  echo "pretest: could not install ${missing[*]} with apt-get; continuing without them" >&2
fi
exit 0
