package main

import (
	"bytes"
	"flag"
	"strings"
	"testing"

	"github.com/newsworker/newsworker/pipeline"
)

func TestAuthFlagsFromEnvironment(t *testing.T) {
	t.Setenv("NEWSWORKER_NATS_USER", "ingest")
	t.Setenv("NEWSWORKER_NATS_PASSWORD", "pw-from-env")
	t.Setenv("NEWSWORKER_NATS_TLS_CA", "/etc/nats/ca.pem")
	var a pipeline.Auth
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	addAuthFlags(fs, &a)
	if err := fs.Parse([]string{"--nats-tls-cert", "/etc/nats/client.pem", "--nats-tls-key", "/etc/nats/client-key.pem"}); err != nil {
		t.Fatal(err)
	}
	got := a
	want := pipeline.Auth{
		User: "ingest", Password: "pw-from-env", TLSCA: "/etc/nats/ca.pem",
		TLSCert: "/etc/nats/client.pem", TLSKey: "/etc/nats/client-key.pem",
	}
	if got != want {
		t.Fatalf("auth = %#v, want %#v", got, want)
	}
}

func TestAuthFlagsOverrideEnvironment(t *testing.T) {
	t.Setenv("NEWSWORKER_NATS_TOKEN", "tok-env")
	var a pipeline.Auth
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	addAuthFlags(fs, &a)
	if err := fs.Parse([]string{"--nats-token", "tok-flag", "--nats-creds", "/w.creds", "--nats-nkey", "/w.nk"}); err != nil {
		t.Fatal(err)
	}
	if got, want := a, (pipeline.Auth{Token: "tok-flag", Creds: "/w.creds", NKeySeed: "/w.nk"}); got != want {
		t.Fatalf("auth = %#v, want %#v", got, want)
	}
}

func TestAuthFlagsHelpHidesSecrets(t *testing.T) {
	t.Setenv("NEWSWORKER_NATS_PASSWORD", "pw-SECRET")
	t.Setenv("NEWSWORKER_NATS_TOKEN", "tok-SECRET")
	var out bytes.Buffer
	var a pipeline.Auth
	fs := newFlagSet("run", "run [flags]", &out)
	addAuthFlags(fs, &a)
	if err := parseFlags(fs, []string{"--help"}); err != flag.ErrHelp {
		t.Fatalf("parse --help = %v, want flag.ErrHelp", err)
	}
	help := out.String()
	if strings.Contains(help, "SECRET") {
		t.Fatalf("--help prints a secret:\n%s", help)
	}
	for _, name := range []string{"nats-user", "nats-password", "nats-token", "nats-nkey", "nats-creds", "nats-tls-ca", "nats-tls-cert", "nats-tls-key"} {
		env := "NEWSWORKER_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
		if !strings.Contains(help, "--"+name) || !strings.Contains(help, env) {
			t.Errorf("--help lacks --%s or %s:\n%s", name, env, help)
		}
	}
	if a.Password != "pw-SECRET" {
		t.Fatalf("password = %q, want the environment's", a.Password)
	}
}
