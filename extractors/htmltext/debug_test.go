package htmltext

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

var (
	debugFile = flag.String("debug.file", "", "page to inspect")
	debugText = flag.String("debug.text", "", "text whose ancestors to print")
)

// debugDoc parses -debug.file, skipping the test without it.
func debugDoc(t *testing.T) *goquery.Document {
	t.Helper()
	if *debugFile == "" {
		t.Skip("diagnostic only: pass -debug.file (and -debug.text) to run it")
	}
	b, err := os.ReadFile(*debugFile)
	if err != nil {
		t.Fatal(err)
	}
	return goquery.NewDocumentFromNode(parse(string(b)))
}

// TestDebugAncestors prints the ancestors of the text node holding
// -debug.text in -debug.file; it does nothing without the flags.
func TestDebugAncestors(t *testing.T) {
	doc := debugDoc(t)
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode && strings.Contains(n.Data, *debugText) {
			for p := n.Parent; p != nil; p = p.Parent {
				var attrs []string
				for _, a := range p.Attr {
					if a.Key == "class" || a.Key == "id" || a.Key == "itemprop" || a.Key == "role" {
						attrs = append(attrs, a.Key+"="+a.Val)
					}
				}
				t.Logf("  %s %s", p.Data, strings.Join(attrs, " "))
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc.Get(0))
}

// TestDebugBlocks prints the blocks of -debug.file with their weights and
// the chosen range.
func TestDebugBlocks(t *testing.T) {
	doc := debugDoc(t)
	prune(doc)
	w := &walker{}
	for _, n := range doc.Find("body").Nodes {
		w.walk(n)
	}
	w.flush()
	s, e := best(w)
	for i, bl := range w.blocks {
		mark := " "
		if i >= s && i < e {
			mark = "*"
		}
		txt := bl.text
		if len(txt) > 80 {
			txt = txt[:80]
		}
		t.Logf("%s %4d w=%7.1f ld=%.2f h=%d %q", mark, i, bl.weight(), bl.linkDensity(), bl.heading, txt)
	}
}
