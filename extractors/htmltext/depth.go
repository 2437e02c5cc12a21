package htmltext

import (
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth is how deep parse lets elements nest when it has to flatten a
// page. golang.org/x/net/html refuses (with an error, after recovering its
// own panic) any document whose open-element stack passes 512; tags past
// maxDepth are dropped, their text kept, which leaves the parser room for the
// elements it inserts itself (tbody, reopened formatting elements).
const maxDepth = 256

// parse parses a decoded page. A page nested too deep for the parser is
// flattened below maxDepth and parsed again; if even that fails, its text
// alone is kept. parse never fails and never panics.
func parse(text string) *html.Node {
	if n, err := html.Parse(strings.NewReader(text)); err == nil {
		return n
	}
	if n, err := html.Parse(strings.NewReader(flatten(text, maxDepth))); err == nil {
		return n
	}
	n, err := html.Parse(strings.NewReader("<p>" + html.EscapeString(flatten(text, 0))))
	if err != nil {
		return &html.Node{Type: html.DocumentNode}
	}
	return n
}

// flatten re-emits page with every start tag nested deeper than limit
// removed (with its matching end tag); text, comments and shallower tags
// are kept byte for byte. With limit 0 only text is kept. It runs in time
// linear in the page: an end tag is matched against at most the 64 most
// recently opened elements.
func flatten(page string, limit int) string {
	type open struct {
		name string
		kept bool
	}
	var b strings.Builder
	b.Grow(len(page))
	var stack []open
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return b.String()
			}
			return b.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			kept := len(stack) < limit
			if kept {
				b.Write(z.Raw())
			}
			if !isVoid(string(name)) {
				stack = append(stack, open{string(name), kept})
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			for i := len(stack) - 1; i >= 0 && i >= len(stack)-64; i-- {
				if stack[i].name == string(name) {
					if stack[i].kept {
						b.Write(z.Raw())
					}
					stack = stack[:i]
					break
				}
			}
		case html.SelfClosingTagToken:
			if len(stack) < limit {
				b.Write(z.Raw())
			}
		case html.TextToken:
			if limit == 0 {
				b.WriteString(html.UnescapeString(string(z.Raw())))
				b.WriteByte(' ')
			} else {
				b.Write(z.Raw())
			}
		default:
			if limit > 0 {
				b.Write(z.Raw())
			}
		}
	}
}

// isVoid reports elements that never have content or an end tag.
func isVoid(name string) bool {
	switch atom.Lookup([]byte(name)) {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}
