package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/newsworker/newsworker/pipeline"
)

// replayCmd publishes raw fixtures to a running server; with --expect it
// waits for their enriched records and diffs them against golden records,
// ignoring "processing".
func replayCmd(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("replay", "replay PATH --nats-url URL [--expect DIR] [flags]", stderr)
	var (
		conn                       connFlags
		rawSubject, enrichedStream string
		expect                     string
		wait                       time.Duration
	)
	def := pipeline.DefaultConfig()
	conn.add(fs, "NATS server URL(s), comma-separated (required)")
	stringVar(fs, &rawSubject, "raw-subject", def.RawSubject, "publish raw messages on SUBJECT.<source>")
	stringVar(fs, &enrichedStream, "enriched-stream", def.EnrichedStream, "stream the worker publishes records to")
	stringVar(fs, &expect, "expect", "", "directory of golden records (<name>.json) to wait for and compare")
	durationVar(fs, &wait, "wait", time.Minute, "how long --expect waits for the records")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || conn.url == "" {
		fs.Usage()
		return errUsage
	}
	log, err := conn.logger(stderr)
	if err != nil {
		return err
	}
	nc, err := conn.connect(conn.url, log)
	if err != nil {
		return err
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), wait+time.Minute)
	defer cancel()
	n, err := pipeline.Replay(ctx, js, fs.Arg(0), rawSubject)
	if err != nil {
		return err
	}
	log.Info("replayed raw messages", zap.Int("count", n), zap.String("path", fs.Arg(0)))
	if expect == "" {
		return nil
	}
	want, err := loadGolden(expect)
	if err != nil {
		return err
	}
	got, err := collectRecords(ctx, js, enrichedStream, want, wait)
	if err != nil {
		return err
	}
	problems := diffRecords(want, got)
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}
	if len(problems) > 0 {
		fmt.Fprintf(stdout, "%d of %d records differ or are missing\n", len(problems), len(want))
		return errReported
	}
	fmt.Fprintf(stdout, "all %d records match\n", len(want))
	return nil
}

// loadGolden reads DIR/*.json records keyed by id, without "processing".
func loadGolden(dir string) (map[string]jsonObj, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	out := map[string]jsonObj{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var m jsonObj
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		id := str(m["id"])
		if id == "" {
			return nil, fmt.Errorf("%s: record without id", p)
		}
		delete(m, "processing")
		out[id] = m
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no golden records in %s", dir)
	}
	return out, nil
}

// collectRecords reads the enriched stream from its start with an ordered
// consumer and keeps the last record of every wanted id, until all are
// there and the stream is read to its end, or wait has passed.
func collectRecords(ctx context.Context, js jetstream.JetStream, stream string, want map[string]jsonObj, wait time.Duration) (map[string]jsonObj, error) {
	cons, err := js.OrderedConsumer(ctx, stream, jetstream.OrderedConsumerConfig{})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", stream, err)
	}
	got := map[string]jsonObj{}
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		batch, err := cons.Fetch(100, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", stream, err)
		}
		var caughtUp bool
		for msg := range batch.Messages() {
			var m jsonObj
			if json.Unmarshal(msg.Data(), &m) != nil {
				continue
			}
			if id := str(m["id"]); want[id] != nil {
				delete(m, "processing")
				got[id] = m
			}
			if md, err := msg.Metadata(); err == nil && md.NumPending == 0 {
				caughtUp = true
			}
		}
		if err := batch.Error(); err != nil && !errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("read %s: %w", stream, err)
		}
		if caughtUp && len(got) == len(want) {
			break
		}
	}
	return got, nil
}

// diffRecords returns one line per missing or differing record.
func diffRecords(want, got map[string]jsonObj) []string {
	ids := make([]string, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var out []string
	for _, id := range ids {
		g, ok := got[id]
		if !ok {
			out = append(out, fmt.Sprintf("missing: %s", id))
			continue
		}
		if fields := diffFields(want[id], g); len(fields) > 0 {
			out = append(out, fmt.Sprintf("differs: %s: %s", id, strings.Join(fields, ", ")))
		}
	}
	return out
}

// diffFields names the top-level fields (attendees.* one level down) whose
// values differ.
func diffFields(want, got jsonObj) []string {
	keys := map[string]bool{}
	for k := range want {
		keys[k] = true
	}
	for k := range got {
		keys[k] = true
	}
	var out []string
	for k := range keys {
		if reflect.DeepEqual(want[k], got[k]) {
			continue
		}
		if w, g := obj(want[k]), obj(got[k]); k == "attendees" && len(w) > 0 && len(g) > 0 {
			for _, sub := range diffFields(w, g) {
				out = append(out, k+"."+sub)
			}
			continue
		}
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
