package htmltext

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Sentences written for these tests.
const (
	arabicPara = "أعلنت وزارة الصحة يوم الخميس عن افتتاح مستشفى جديد في مدينة الزرقاء بسعة مئتين وخمسين سريرا، " +
		"وقال الوزير إن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة."
	frenchPara = "Le ministère de la Santé a annoncé jeudi l'ouverture d'un nouvel hôpital à Zarqa, " +
		"d'une capacité de deux cent cinquante lits, qui desservira plus d'un demi-million d'habitants."
)

// page builds a small news page around para, with head inserted in <head>.
func page(head, title, para string) string {
	return "<!DOCTYPE html><html><head>" + head + "<title>" + title + "</title></head><body>" +
		"<nav><a href=/>Home</a> <a href=/world>World</a></nav>" +
		"<article><h1>" + title + "</h1><p>" + para + "</p><p>" + para + "</p></article>" +
		"<footer>Contact us</footer></body></html>"
}

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

func TestExtractCharsets(t *testing.T) {
	const arTitle, frTitle = "مستشفى جديد في الزرقاء", "Un nouvel hôpital à Zarqa"
	tests := []struct {
		name        string
		enc         encoding.Encoding
		head, ctype string
		title, para string
		wantCharset string
	}{
		{"utf-8 undeclared", encoding.Nop, "", "text/html", arTitle, arabicPara, "utf-8"},
		{"utf-8 meta", encoding.Nop, `<meta charset="utf-8">`, "", arTitle, arabicPara, "utf-8"},
		{"windows-1256 header", charmap.Windows1256, "", "text/html; charset=windows-1256", arTitle, arabicPara, "windows-1256"},
		{"windows-1256 meta charset", charmap.Windows1256, `<meta charset="windows-1256">`, "text/html", arTitle, arabicPara, "windows-1256"},
		{"windows-1256 http-equiv", charmap.Windows1256, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`, "", arTitle, arabicPara, "windows-1256"},
		{"windows-1256 detected", charmap.Windows1256, "", "text/html", arTitle, arabicPara, "windows-1256"},
		{"windows-1256 behind a false utf-8 meta", charmap.Windows1256, `<meta charset="utf-8">`, "text/html", arTitle, arabicPara, "windows-1256"},
		{"iso-8859-6 header", charmap.ISO8859_6, "", "text/html; charset=ISO-8859-6", "مستشفى جديد", strings.ReplaceAll(arabicPara, "،", ","), "iso-8859-6"},
		{"iso-8859-6 meta", charmap.ISO8859_6, `<meta http-equiv="content-type" content="text/html;charset=iso-8859-6">`, "", "مستشفى جديد", strings.ReplaceAll(arabicPara, "،", ","), "iso-8859-6"},
		{"iso-8859-6 detected", charmap.ISO8859_6, "", "", "مستشفى جديد", strings.ReplaceAll(arabicPara, "،", ","), "iso-8859-6"},
		{"utf-8 under a stale windows-1256 header", encoding.Nop, `<meta charset="windows-1256">`, "text/html; charset=windows-1256", arTitle, arabicPara, "utf-8"},
		{"windows-1252 meta", charmap.Windows1252, `<meta charset="windows-1252">`, "", frTitle, frenchPara, "windows-1252"},
		{"windows-1252 detected", charmap.Windows1252, "", "text/html", frTitle, frenchPara, "windows-1252"},
		// WHATWG maps the ISO-8859-1 label to windows-1252, a superset.
		{"iso-8859-1 header", charmap.ISO8859_1, "", "text/html; charset=iso-8859-1", frTitle, frenchPara, "windows-1252"},
		{"iso-8859-1 meta", charmap.ISO8859_1, `<meta charset="ISO-8859-1">`, "", frTitle, frenchPara, "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := encode(t, tt.enc, page(tt.head, tt.title, tt.para))
			a, err := Extract(body, tt.ctype, "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if got, want := a.Charset, tt.wantCharset; got != want {
				t.Errorf("Charset = %q, want %q", got, want)
			}
			if got, want := a.Text, tt.para+"\n"+tt.para; got != want {
				t.Errorf("Text = %q, want %q", got, want)
			}
			if got, want := a.Title, tt.title; got != want {
				t.Errorf("Title = %q, want %q", got, want)
			}
		})
	}
}

func TestExtractBOM(t *testing.T) {
	src := page("", "Zarqa", frenchPara)
	tests := []struct {
		name string
		body []byte
		want string
	}{
		{"utf-8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, src...), "utf-8"},
		{"utf-16le BOM", encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), src), "utf-16le"},
		{"utf-16be BOM", encode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM), src), "utf-16be"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(tt.body, "text/html; charset=windows-1256", "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if got := a.Charset; got != tt.want {
				t.Errorf("Charset = %q, want %q (the BOM wins over the header)", got, tt.want)
			}
			if got, want := a.Text, frenchPara+"\n"+frenchPara; got != want {
				t.Errorf("Text = %q, want %q", got, want)
			}
		})
	}
}

func TestExtractErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	noise := make([]byte, 4096)
	for i := range noise {
		noise[i] = byte(rng.IntN(256))
	}
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), noise...)
	tests := []struct {
		name  string
		body  []byte
		ctype string
		want  []error
	}{
		{"binary as html", png, "text/html", []error{ErrNotText}},
		{"random bytes declared utf-8", noise, "text/html; charset=utf-8", []error{ErrNotText}},
		{"NUL in text", []byte("<p>Le ministre\x00 a parlé</p>"), "text/html", []error{ErrNotText}},
		{"unknown charset, not utf-8", encode(t, charmap.Windows1252, page(`<meta charset="x-klingon">`, "Zarqa", frenchPara)), "", []error{ErrCharset, ErrNotText}},
		{"too large", bytes.Repeat([]byte("a"), MaxSize+1), "text/html", []error{ErrTooLarge}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(tt.body, tt.ctype, "")
			if err == nil {
				t.Fatalf("Extract = %+v, want error", a)
			}
			for _, want := range tt.want {
				if !errors.Is(err, want) {
					t.Errorf("Extract error %v, want errors.Is %v", err, want)
				}
			}
			if !strings.HasPrefix(err.Error(), "htmltext: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestDetectArabic(t *testing.T) {
	tests := []struct {
		name, head string
	}{
		// ASCII scripts outweigh the Arabic text many times over.
		{"undeclared under long scripts", "<script>" + strings.Repeat("window.analytics.track('pageview', {section: 'news'});\n", 2000) + "</script>"},
		{"unknown label", `<meta charset="arabic-pc">`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(encode(t, charmap.Windows1256, page(tt.head, "مستشفى", arabicPara)), "", "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if got, want := a.Charset, "windows-1256"; got != want {
				t.Errorf("Charset = %q, want %q", got, want)
			}
		})
	}
}

func TestExtractPlainText(t *testing.T) {
	body := encode(t, charmap.Windows1256, "\u200f"+arabicPara+"\r\n\r\n\r\n"+arabicPara+"\r\n")
	a, err := Extract(body, "text/plain; charset=windows-1256", "https://example.com/2026/06/08/zarqa")
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if got, want := a.Text, arabicPara+"\n\n"+arabicPara; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
	if got, want := a.Published, "2026-06-08"; got != want {
		t.Errorf("Published = %q, want %q", got, want)
	}
}
