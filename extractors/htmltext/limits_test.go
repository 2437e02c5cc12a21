package htmltext

import (
	"runtime"
	"strings"
	"testing"
)

// largePage builds a news page of about size bytes: furniture around an
// article of many paragraphs (sentences written for this test).
func largePage(size int) string {
	const para = "<p>The water board said on Monday that repairs to the main pipeline north of the city would take another three weeks, and that tanker deliveries to the eastern districts would continue until then.</p>\n"
	var b strings.Builder
	b.Grow(size + 4096)
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pipeline repairs - City Desk</title></head><body>`)
	b.WriteString(`<nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Pipeline repairs</h1>`)
	for b.Len() < size-1024 {
		b.WriteString(para)
	}
	b.WriteString(`</article><footer>City Desk</footer></body></html>`)
	return b.String()
}

func TestExtractLargePage(t *testing.T) {
	if testing.Short() {
		t.Skip("20 MB pages skipped in -short mode")
	}
	plain := largePage(20 << 20)
	// Furniture classes nested 400 deep around the body: every level is
	// a removal candidate whose guard looks at the whole body below it.
	deep := strings.Replace(plain, "<article>", strings.Repeat(`<div class="menu">`, 400)+"<div>", 1)
	for _, tt := range []struct{ name, page string }{{"plain", plain}, {"nested furniture", deep}} {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			a, err := Extract([]byte(tt.page), "text/html", "")
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if got, want := strings.Count(a.Text, "\n")+1, strings.Count(tt.page, "<p>"); got != want {
				t.Errorf("Text has %d paragraphs, want %d", got, want)
			}
			if a.Title != "Pipeline repairs" {
				t.Errorf("Title = %q", a.Title)
			}
			t.Logf("%d MB page: %d MB allocated in total", len(tt.page)>>20, (after.TotalAlloc-before.TotalAlloc)>>20)
		})
	}
}

// nested builds a page whose body is open tags n deep around one
// paragraph, then all the end tags (or none).
func nested(open, end string, n int, closeAll bool) string {
	var b strings.Builder
	b.WriteString("<html><head><title>Deep page</title></head><body>")
	b.WriteString(strings.Repeat(open, n))
	b.WriteString("<p>The harbour master said the ferry would sail again on Friday once the storm had passed the islands.</p>")
	if closeAll {
		b.WriteString(strings.Repeat(end, n))
	}
	b.WriteString("</body></html>")
	return b.String()
}

func TestExtractDeepNesting(t *testing.T) {
	const depth = 100_000
	const want = "The harbour master said the ferry would sail again on Friday once the storm had passed the islands."
	tests := []struct {
		name, open, end string
		closeAll        bool
	}{
		{"div", "<div>", "</div>", true},
		{"div unclosed", "<div>", "", false},
		{"section with class", `<section class="wrap">`, "</section>", true},
		{"inline span", "<span>", "</span>", true},
		{"formatting b", "<b>", "</b>", true},
		{"table cells", "<table><tr><td>", "</td></tr></table>", true},
		{"list items", "<ul><li>", "</li></ul>", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract([]byte(nested(tt.open, tt.end, depth, tt.closeAll)), "text/html", "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if !strings.Contains(a.Text, want) {
				t.Errorf("Text = %.200q, want it to contain %q", a.Text, want)
			}
		})
	}
}

func BenchmarkExtractLargePage(b *testing.B) {
	page := []byte(largePage(20 << 20))
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(page, "text/html", ""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractDeepNesting(b *testing.B) {
	page := []byte(nested("<div>", "</div>", 100_000, true))
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(page, "text/html", ""); err != nil {
			b.Fatal(err)
		}
	}
}
