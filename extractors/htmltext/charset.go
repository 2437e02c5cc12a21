package htmltext

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// metaCharset finds <meta charset=x> and <meta http-equiv content="...;
// charset=x"> in the head of a page.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)`)

// metaScan is how many leading bytes are searched for a <meta> charset.
const metaScan = 32 << 10

// decode turns body into UTF-8 text and names the encoding it used. The
// encoding comes from, in order: a byte-order mark; valid UTF-8 with
// non-ASCII bytes, whatever the labels say; the charset parameter of
// contentType; a <meta> declaration; detection. A declared UTF-8 that the
// bytes contradict falls through to detection.
func decode(body []byte, contentType string) (string, string, error) {
	switch {
	case bytes.HasPrefix(body, []byte{0xEF, 0xBB, 0xBF}):
		return checkText(string(body[3:]), "utf-8")
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		return decodeWith(xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM), body, "utf-16be")
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		return decodeWith(xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), body, "utf-16le")
	}
	if !isASCII(body) && utf8.Valid(body) {
		// Text in a legacy code page is next to never valid UTF-8 once it
		// has any byte over 0x7F, so this is a server or <meta> label that
		// went stale when the site moved to UTF-8.
		return checkText(string(body), "utf-8")
	}
	var labels []string
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		labels = append(labels, params["charset"])
	}
	if m := metaCharset.FindSubmatch(body[:min(len(body), metaScan)]); m != nil {
		labels = append(labels, string(m[1]))
	}
	unknown := ""
	for _, label := range labels {
		enc, name := charset.Lookup(label)
		switch {
		case enc == nil:
			if unknown == "" {
				unknown = label
			}
			continue
		case name == "utf-8":
			if !utf8.Valid(body) {
				continue // mislabelled: detect below
			}
			return checkText(string(body), name)
		case strings.HasPrefix(name, "utf-16"):
			// A <meta> cannot truthfully declare UTF-16 in an ASCII-readable
			// head; the spec treats it as UTF-8.
			continue
		}
		return decodeWith(enc, body, name)
	}
	if utf8.Valid(body) {
		return checkText(string(body), "utf-8")
	}
	enc, name := detect(body)
	if unknown != "" && name == "windows-1252" {
		// Only the Arabic code pages are recognised with confidence; a
		// page that names a charset nobody knows is not guessed at.
		return "", "", fmt.Errorf("%w: %w: unknown label %q", ErrCharset, ErrNotText, unknown)
	}
	return decodeWith(enc, body, name)
}

// isASCII reports whether every byte of b is below 0x80.
func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// decodeWith decodes body with enc and checks the result.
func decodeWith(enc encoding.Encoding, body []byte, name string) (string, string, error) {
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return "", "", fmt.Errorf("%w: decode %s: %v", ErrNotText, name, err)
	}
	return checkText(string(out), name)
}

// detect picks a single-byte encoding for bytes that are not UTF-8. Arabic
// text is dense in high bytes; which Arabic code page is settled by how
// often the article "ال" comes out of each.
func detect(body []byte) (encoding.Encoding, string) {
	sample := body[:min(len(body), 256<<10)]
	if a1256 := arabicScore(charmap.Windows1256, sample); a1256 > 0 || arabicScore(charmap.ISO8859_6, sample) > 0 {
		if arabicScore(charmap.ISO8859_6, sample) > a1256 {
			return charmap.ISO8859_6, "iso-8859-6"
		}
		return charmap.Windows1256, "windows-1256"
	}
	return charmap.Windows1252, "windows-1252"
}

// arabicScore decodes sample with enc and, when at least half of the
// non-ASCII characters come out as Arabic letters, returns the number of
// times the definite article "ال" occurs (accented Latin text read as
// Arabic yields Arabic letters, but never that pair); 0 otherwise. Only
// non-ASCII characters are weighed, so markup and scripts do not dilute
// the signal.
func arabicScore(enc *charmap.Charmap, sample []byte) int {
	out, err := enc.NewDecoder().Bytes(sample)
	if err != nil {
		return 0
	}
	s := string(out)
	arabic, high := 0, 0
	for _, r := range s {
		if r < 0x80 {
			continue
		}
		high++
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			arabic++
		}
	}
	if high == 0 || arabic*2 < high {
		return 0
	}
	return strings.Count(s, "ال")
}

// checkText rejects decoded text that is not text: any NUL, or more than
// one rune in a hundred that is a C0/C1 control or U+FFFD.
func checkText(s, name string) (string, string, error) {
	bad, n := 0, 0
	for _, r := range s {
		n++
		switch {
		case r == 0:
			return "", "", fmt.Errorf("%w: NUL byte in %s body", ErrNotText, name)
		case r == utf8.RuneError, r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f',
			r >= 0x7F && r < 0xA0:
			bad++
		}
	}
	if bad > 0 && bad*100 > n {
		return "", "", fmt.Errorf("%w: %d of %d characters invalid in %s body", ErrNotText, bad, n, name)
	}
	return s, name, nil
}
