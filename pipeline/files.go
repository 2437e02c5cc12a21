package pipeline

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/nats-io/nats.go"
)

// Raw messages on disk (fixtures, replay): NAME.json is a JSON envelope;
// NAME.html / NAME.htm and NAME.txt are bare bodies sent with Content-Type
// text/html or text/plain. An optional sidecar NAME.EXT.headers holds
// further headers, one "Key: Value" a line (Article-Published, a
// Content-Type with a charset, …). Directories named "golden" hold
// enriched records and are skipped.

// MessageFiles returns the raw message files under root (a file or a
// directory), sorted.
func MessageFiles(root string) ([]string, error) {
	st, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	if !st.IsDir() {
		return []string{root}, nil
	}
	var out []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "golden" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasPrefix(name, ".") && messageContentType(path) != "" {
			out = append(out, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("pipeline: walk %s: %w", root, err)
	}
	sort.Strings(out)
	return out, nil
}

// messageContentType is the Content-Type a file is sent with, by its
// extension; "" for files that are not raw messages.
func messageContentType(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return "application/json"
	case ".html", ".htm":
		return "text/html"
	case ".txt":
		return "text/plain"
	}
	return ""
}

// ReadMessageFile reads one raw message file and its headers (Content-Type
// by extension, then the sidecar's). It returns an error only when a file
// cannot be read or the sidecar is malformed; a bad message is Decode's
// business.
func ReadMessageFile(path string) ([]byte, nats.Header, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("pipeline: %w", err)
	}
	h := nats.Header{}
	if ct := messageContentType(path); ct != "" {
		h.Set(HeaderContentType, ct)
	}
	side, err := os.ReadFile(path + ".headers")
	switch {
	case err == nil:
		sc := bufio.NewScanner(bytes.NewReader(side))
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				return nil, nil, fmt.Errorf("pipeline: %s.headers:%d: want \"Key: Value\"", path, n)
			}
			h.Set(strings.TrimSpace(k), strings.TrimSpace(v))
		}
	case !os.IsNotExist(err):
		return nil, nil, fmt.Errorf("pipeline: %w", err)
	}
	return data, h, nil
}

// SniffHeader returns the header of a message read from a stream without a
// name (stdin): a JSON envelope when it starts with '{', HTML when it
// starts with '<', text otherwise.
func SniffHeader(data []byte) nats.Header {
	h := nats.Header{}
	t := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case len(t) > 0 && t[0] == '{':
		h.Set(HeaderContentType, "application/json")
	case len(t) > 0 && t[0] == '<':
		h.Set(HeaderContentType, "text/html")
	default:
		h.Set(HeaderContentType, "text/plain")
	}
	return h
}
