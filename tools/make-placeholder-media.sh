#!/usr/bin/env bash
# Regenerates the PLACEHOLDER media of the three campaign videos (Problem, Solutions,
# Conclusion): content/campaign/<part>/<part>.mp4.
#
# These files are placeholders only: a dark-blue title card saying "Placeholder video" and
# the part name, 7 seconds, no audio. Replace them with the real campaign video files when
# they are available. The posters are not made here: the build draws one per part and
# language (README, "Drawn posters"). The captions (<part>.<lang>.vtt) are written by hand
# and are NOT touched by this script.
#
# Requirements: ffmpeg with libx264 and drawtext (Debian: apt-get install -y ffmpeg)
# and the DejaVu fonts (apt-get install -y fonts-dejavu-core).
# Idempotent: running it again rewrites the same files (with the same ffmpeg build, the
# output is byte-identical).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
font="${FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}"
duration=7                # seconds; the front matter quotes it as 0:07
background=0x0b2a5b       # dark blue
size=640x360

[ -f "$font" ] || { echo "font not found: $font (apt-get install -y fonts-dejavu-core)" >&2; exit 1; }
command -v ffmpeg >/dev/null || { echo "ffmpeg not found (apt-get install -y ffmpeg)" >&2; exit 1; }

# make_card <part> <label>
make_card() {
    local part="$1" label="$2"
    local dir="$root/content/campaign/$part"
    mkdir -p "$dir"
    # Two lines of white text, centred. `\:` escapes the colon inside drawtext's text.
    local card="drawtext=fontfile=${font}:text='Placeholder video':fontcolor=white:fontsize=44:x=(w-text_w)/2:y=h/2-text_h-14,drawtext=fontfile=${font}:text='${label//:/\\:}':fontcolor=white:fontsize=32:x=(w-text_w)/2:y=h/2+14"

    # The video: H.264 (no audio track), 25 fps, low bitrate, fast start, deterministic.
    ffmpeg -hide_banner -loglevel error -y \
        -f lavfi -i "color=c=${background}:s=${size}:r=25:d=${duration}" \
        -vf "$card" \
        -c:v libx264 -preset veryslow -tune stillimage -profile:v main -level 3.0 \
        -crf 30 -maxrate 150k -bufsize 300k -g 250 -threads 1 \
        -pix_fmt yuv420p -an \
        -movflags +faststart -fflags +bitexact -flags:v +bitexact -map_metadata -1 \
        -f mp4 "$dir/$part.mp4.tmp"
    mv -f "$dir/$part.mp4.tmp" "$dir/$part.mp4"

    echo "$part: $(stat -c %s "$dir/$part.mp4") bytes mp4"
}

make_card problem    "Part 1: Problem"
make_card solutions  "Part 2: Solutions"
make_card conclusion "Part 3: Conclusion"
