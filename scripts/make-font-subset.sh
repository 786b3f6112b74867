#!/usr/bin/env bash
# Builds the CJK fonts shipped in src/Wuhu.Reports/Fonts from Debian's fonts-noto-cjk.
# Run once by hand (about 4 minutes); the outputs are committed, so builds and CI never need it.
# The output is byte-identical for the same input fonts.
#
# Why a subset at all: Noto Sans CJK maps the Kangxi radicals (U+2F00–U+2FDF) and the CJK radicals
# supplement (U+2E80–U+2EFF) to the very glyphs of common ideographs (⼈ and 人 share one glyph).
# Skia's PDF ToUnicode then may name the radical, so copy/paste and search of the PDF break.
# Leaving every code point that shares a glyph with a preferred one out of the cmap makes the
# glyph-to-text mapping one-to-one, and the file gets much smaller.
#
# Why TrueType outlines: Skia's PDF backend embeds only TrueType (glyf) fonts as real fonts
# (CIDFontType2). Given the CFF-based original it writes every glyph as a Type 3 path font, which
# doubled the PDF size and renders poorly in some viewers. So the CFF outlines are converted to
# quadratic curves (fontTools cu2qu, max error 1 unit of 1000 per em: invisible). This Skia build
# embeds a TrueType font whole, so Wuhu.Reports cuts it down per document (Pdf/TrueTypeSubsetter.cs).
#
# Needs: apt-get install -y fonts-noto-cjk python3-fonttools  (Debian's /usr/bin/python3)
set -euo pipefail

src_dir=${NOTO_CJK_DIR:-/usr/share/fonts/opentype/noto}
out_dir=${FONT_OUT_DIR:-$(cd "$(dirname "$0")/../src/Wuhu.Reports/Fonts" && pwd)}
face_index=2 # "Noto Sans CJK SC" inside the .ttc collections

# Latin, Latin-1, general punctuation, letterlike (℃), number forms (Ⅴ), arrows, math operators,
# enclosed alphanumerics (①), box drawing and geometric shapes (■●), CJK symbols and punctuation,
# enclosed CJK (㈠), CJK compatibility (㎡), the whole URO block (rare and traditional characters
# such as 垾 and 蕪 live there), half- and full-width forms.
# Not kept: U+2E80–U+2EFF, U+2F00–U+2FDF (radicals), U+F900–U+FAFF (compatibility ideographs,
# which reuse URO glyphs too), CJK Ext A U+3400–U+4DBF (6,592 very rare characters, 3.5 MB per
# weight; some of them reuse URO glyphs, e.g. U+3B35 and 胶).
# No OpenType layout tables: Skia draws glyphs from the cmap without shaping, so GSUB/GPOS are dead weight.
unicodes="U+0020-007E,U+00A0-017F,U+02C6-02DD,U+0391-03C9,U+0401-0451,U+2010-2070,U+20AC,U+2100-218F,\
U+2190-21FF,U+2200-22FF,U+2460-24FF,U+2500-25FF,U+2605-2606,U+2610-2611,U+2713-2714,\
U+3000-303F,U+3200-33FF,U+4E00-9FFF,U+FE30-FE4F,U+FF00-FFEF"

subset() {
  local input=$1 output=$2
  echo "subsetting $(basename "$input") -> $(basename "$output")"
  /usr/bin/python3 -m fontTools.subset "$input" --font-number=$face_index \
    --unicodes="$unicodes" \
    --layout-features='' --drop-tables+=GSUB,GPOS,GDEF \
    --no-hinting --desubroutinize=false \
    --name-IDs='*' --name-languages='*' --notdef-outline \
    --drop-tables+=VORG,vhea,vmtx,BASE \
    --output-file="$output.cff.otf"
  dedupe_cmap "$output.cff.otf"
  to_truetype "$output.cff.otf" "$output"
  rm "$output.cff.otf"
  # Stored uncompressed: the assembly embeds them as they are and reads them in place, so a fresh process unpacks
  # nothing (git and the packages compress them anyway).
}

to_truetype() {
  /usr/bin/python3 - "$1" "$2" <<'PY'
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
source, target = sys.argv[1], sys.argv[2]
font = TTFont(source, recalcTimestamp=False)  # keep head.modified: the same input gives the same bytes
order = font.getGlyphOrder()
glyph_set = font.getGlyphSet()
glyf = newTable("glyf")
glyf.glyphOrder = order
glyf.glyphs = {}
for name in order:
    pen = TTGlyphPen(glyph_set)
    glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
    glyf.glyphs[name] = pen.glyph()
font["glyf"] = glyf
font["loca"] = newTable("loca")
maxp = newTable("maxp")
maxp.tableVersion = 0x00010000
for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
              "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
    setattr(maxp, field, 0)
maxp.maxZones = 1
font["maxp"] = maxp
del font["CFF "]
font["head"].glyphDataFormat = 0
post = font["post"]  # format 3: no glyph names, they only cost space
post.formatType = 3.0
post.extraNames = []
post.mapping = {}
post.glyphOrder = None
font.sfntVersion = "\x00\x01\x00\x00"
font.save(target)
print(f"  {len(order)} glyphs converted to TrueType outlines")
PY
}

# Any glyph still reachable from two code points keeps one of them: a listed favourite of Chinese
# text (… ～ ／ – ·), else the code point that is its own NFKC form (a space beats a no-break
# space), else the lowest. The bullet • shares the middle dot's glyph, and Chinese names use both
# (徽动全球•出海芜优), so it takes the half-width katakana middle dot's own glyph instead.
dedupe_cmap() {
  /usr/bin/python3 - "$1" <<'PY'
import sys, unicodedata
from fontTools.ttLib import TTFont
path = sys.argv[1]
font = TTFont(path, recalcTimestamp=False)
best = font.getBestCmap()
BULLET, HALFWIDTH_MIDDLE_DOT = 0x2022, 0xFF65
if BULLET in best and HALFWIDTH_MIDDLE_DOT in best:
    for table in font["cmap"].tables:
        if HALFWIDTH_MIDDLE_DOT in table.cmap:
            table.cmap[BULLET] = table.cmap.pop(HALFWIDTH_MIDDLE_DOT)
    best = font.getBestCmap()
FAVOURITES = {0x2013, 0x2026, 0xFF5E, 0xFF0F, 0x00B7}
by_glyph = {}
for cp, glyph in best.items():
    by_glyph.setdefault(glyph, []).append(cp)
drop = set()
for glyph, cps in by_glyph.items():
    if len(cps) < 2:
        continue
    keep = min(cps, key=lambda c: (c not in FAVOURITES, unicodedata.normalize("NFKC", chr(c)) != chr(c), c))
    drop.update(c for c in cps if c != keep)
for table in font["cmap"].tables:
    for cp in drop:
        table.cmap.pop(cp, None)
print(f"  dropped {len(drop)} code points that shared a glyph: " +
      " ".join(f"U+{c:04X}" for c in sorted(drop)))
font.save(path)
PY
}

subset "$src_dir/NotoSansCJK-Regular.ttc" "$out_dir/NotoSansCJKsc-Regular-subset.ttf"
subset "$src_dir/NotoSansCJK-Bold.ttc" "$out_dir/NotoSansCJKsc-Bold-subset.ttf"
ls -l "$out_dir"
