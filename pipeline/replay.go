package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Replay publishes every raw message file under root (see MessageFiles)
// to rawSubject.<source> and waits for each publish ack. It returns how
// many it published; it stops at the first file it cannot read or publish.
func Replay(ctx context.Context, js jetstream.JetStream, root, rawSubject string) (int, error) {
	files, err := MessageFiles(root)
	if err != nil {
		return 0, err
	}
	for n, path := range files {
		data, h, err := ReadMessageFile(path)
		if err != nil {
			return n, err
		}
		msg := &nats.Msg{Subject: rawSubject + "." + SubjectToken(sourceOf(data, h)), Data: data, Header: h}
		if _, err := js.PublishMsg(ctx, msg); err != nil {
			return n, fmt.Errorf("pipeline: replay %s: %w", path, err)
		}
	}
	return len(files), nil
}

// sourceOf is a raw message's source without a full decode: the
// envelope's "source", else the Article-Source header.
func sourceOf(data []byte, h nats.Header) string {
	if s := header(h, HeaderArticleSource); s != "" {
		return s
	}
	var env struct {
		Source any `json:"source"`
	}
	if json.Unmarshal(data, &env) == nil {
		if s, ok := env.Source.(string); ok {
			return s
		}
	}
	return ""
}

// SubjectToken turns a source ("hespress.com", "Le Monde") into subject
// tokens: letters, digits, '-' and '_' kept, dots kept between non-empty
// tokens, anything else '_'. An empty source is "unknown".
func SubjectToken(source string) string {
	var parts []string
	for _, p := range strings.Split(source, ".") {
		p = strings.Map(func(r rune) rune {
			if r == '-' || r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
				return r
			}
			return '_'
		}, strings.TrimSpace(p))
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return "unknown"
	}
	return strings.Join(parts, ".")
}
