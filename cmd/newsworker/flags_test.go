package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestFlagsFromEnvironment(t *testing.T) {
	t.Setenv("NEWSWORKER_CONCURRENCY", "7")
	t.Setenv("NEWSWORKER_ACK_WAIT", "45s")
	t.Setenv("NATS_URL", "nats://example.org:4222")
	var out bytes.Buffer
	fs := newFlagSet("run", "run", &out)
	var (
		n   int
		d   time.Duration
		url string
		b   bool
	)
	intVar(fs, &n, "concurrency", 2, "workers")
	durationVar(fs, &d, "ack-wait", time.Second, "ack wait")
	stringVar(fs, &url, "nats-url", "", "server")
	boolVar(fs, &b, "until-idle", false, "stop when idle")
	if err := parseFlags(fs, []string{"PATH", "--until-idle"}); err != nil {
		t.Fatal(err)
	}
	if n != 7 || d != 45*time.Second || url != "nats://example.org:4222" || !b {
		t.Errorf("got n=%d d=%v url=%q b=%v", n, d, url, b)
	}
	if got := fs.Args(); len(got) != 1 || got[0] != "PATH" {
		t.Errorf("args = %q, want [PATH]", got)
	}
	fs.Usage()
	for _, want := range []string{"--concurrency int", "(env NEWSWORKER_CONCURRENCY)", "[default 7]", "NATS_URL"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("usage lacks %q:\n%s", want, out.String())
		}
	}
}

func TestFlagsBadEnvironment(t *testing.T) {
	t.Setenv("NEWSWORKER_CONCURRENCY", "many")
	fs := newFlagSet("run", "run", &bytes.Buffer{})
	var n int
	intVar(fs, &n, "concurrency", 2, "workers")
	err := parseFlags(fs, nil)
	if err == nil || !strings.Contains(err.Error(), "NEWSWORKER_CONCURRENCY") {
		t.Errorf("parseFlags = %v, want an error naming NEWSWORKER_CONCURRENCY", err)
	}
}
