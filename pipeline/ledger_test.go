package pipeline_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/newsworker/newsworker/pipeline"
	"github.com/newsworker/newsworker/pipeline/natstest"
)

// ledgerServer starts a server and opens a ledger on it with cfg.
func ledgerServer(t *testing.T, cfg pipeline.LedgerConfig) (*natstest.Server, jetstream.JetStream, *pipeline.Ledger) {
	t.Helper()
	srv := natstest.RunServer(t)
	js, err := jetstream.New(srv.Connect(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	l, err := pipeline.OpenLedger(ctx, js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return srv, js, l
}

func TestLedgerSeenMarkForget(t *testing.T) {
	srv, js, l := ledgerServer(t, pipeline.LedgerConfig{})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	id := pipeline.ArticleID("https://example.org/news/2026/11/30/port-reopens", nil)
	// seen retries while the server is coming back: an error means "not
	// known yet", which the worker answers with a nak and a retry.
	seen := func() bool {
		t.Helper()
		for {
			try, cancelTry := context.WithTimeout(ctx, 2*time.Second)
			ok, err := l.Seen(try, id)
			cancelTry()
			if err == nil {
				return ok
			}
			if ctx.Err() != nil {
				t.Fatal(err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	if seen() {
		t.Fatal("Seen before Mark = true, want false")
	}
	if err := l.Mark(ctx, id, "news.enriched.en", 7); err != nil {
		t.Fatal(err)
	}
	if !seen() {
		t.Fatal("Seen after Mark = false, want true")
	}
	// The ledger outlives a server restart.
	srv.Restart(t)
	if !seen() {
		t.Fatal("Seen after restart = false, want true")
	}
	if err := l.Forget(ctx, id); err != nil {
		t.Fatal(err)
	}
	if seen() {
		t.Fatal("Seen after Forget = true, want false")
	}
	// Reopening keeps the bucket and its entries.
	if err := l.Mark(ctx, id, "news.enriched.en", 8); err != nil {
		t.Fatal(err)
	}
	l2, err := pipeline.OpenLedger(ctx, js, pipeline.LedgerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := l2.Seen(ctx, id); err != nil || !ok {
		t.Fatalf("reopened Seen = %v, %v; want true, nil", ok, err)
	}

	// Storage per remembered id, for the trade-off in Ledger's doc.
	const n = 1000
	for i := range n {
		if err := l.Mark(ctx, pipeline.ArticleID(fmt.Sprintf("https://example.org/a/%d", i), nil), "news.enriched.ar", uint64(i)); err != nil {
			t.Fatal(err)
		}
	}
	st, err := js.Stream(ctx, "KV_"+pipeline.DefaultLedgerBucket)
	if err != nil {
		t.Fatal(err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("ledger: %d ids stored in %d bytes (%.0f bytes per id)", info.State.Msgs, info.State.Bytes, float64(info.State.Bytes)/float64(info.State.Msgs))
}

func TestLedgerForgetsAfterTTL(t *testing.T) {
	_, _, l := ledgerServer(t, pipeline.LedgerConfig{Bucket: "SHORT", TTL: time.Second})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := l.Mark(ctx, "a-1", "", 0); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		ok, err := l.Seen(ctx, "a-1")
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("id still remembered long after the TTL")
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func TestLedgerUnavailableIsAnError(t *testing.T) {
	srv, _, l := ledgerServer(t, pipeline.LedgerConfig{})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	srv.Shutdown()
	short, cancel2 := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancel2()
	if ok, err := l.Seen(short, "a-1"); err == nil {
		t.Fatalf("Seen with the server down = %v, nil; want an error", ok)
	}
	if err := l.Mark(short, "a-1", "", 0); err == nil {
		t.Fatal("Mark with the server down = nil, want an error")
	}
}

func TestLedgerNilRemembersNothing(t *testing.T) {
	var l *pipeline.Ledger
	ctx := context.Background()
	if err := l.Mark(ctx, "x", "", 0); err != nil {
		t.Fatal(err)
	}
	if ok, err := l.Seen(ctx, "x"); ok || err != nil {
		t.Fatalf("nil Seen = %v, %v; want false, nil", ok, err)
	}
}

func TestLedgerKeyIsValid(t *testing.T) {
	valid := regexp.MustCompile(`^[-/_=.a-zA-Z0-9]+$`)
	for _, id := range []string{"sha256:ab12", "a b/c?d=e", "خبر-١٢", ""} {
		k := pipeline.LedgerKey(id)
		if !valid.MatchString(k) {
			t.Errorf("LedgerKey(%q) = %q, not a valid key", id, k)
		}
	}
	if pipeline.LedgerKey("a") == pipeline.LedgerKey("b") {
		t.Error("distinct ids share a key")
	}
}
