package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/jwt/v2"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nkeys"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/newsworker/newsworker/pipeline"
	"github.com/newsworker/newsworker/pipeline/natstest"
)

func tempFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// connectWith connects to url with the Auth's options, without retries.
func connectWith(url string, a pipeline.Auth) (*nats.Conn, error) {
	opts, err := a.Options()
	if err != nil {
		return nil, err
	}
	opts = append(opts, nats.Timeout(5*time.Second), nats.NoReconnect())
	return nats.Connect(url, opts...)
}

// mustUseJetStream checks that the connection is accepted and can use
// JetStream in its account.
func mustUseJetStream(t *testing.T, nc *nats.Conn) {
	t.Helper()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := js.AccountInfo(ctx); err != nil {
		t.Fatalf("jetstream account info: %v", err)
	}
}

// authCase is a server that requires one kind of credentials, the Auth
// that presents them, and Auths that must be refused.
type authCase struct {
	name    string
	server  natstest.Configure
	good    pipeline.Auth
	refused []pipeline.Auth
}

func userPasswordCase(t *testing.T) authCase {
	return authCase{
		name: "user/password",
		server: func(o *server.Options) {
			o.Users = []*server.User{{Username: "ingest", Password: "s3cret-pw"}}
		},
		good: pipeline.Auth{User: "ingest", Password: "s3cret-pw"},
		refused: []pipeline.Auth{
			{},
			{User: "ingest", Password: "wrong"},
			{Token: "s3cret-pw"},
		},
	}
}

func tokenCase(t *testing.T) authCase {
	return authCase{
		name:    "token",
		server:  func(o *server.Options) { o.Authorization = "tok-1234567890" },
		good:    pipeline.Auth{Token: "tok-1234567890"},
		refused: []pipeline.Auth{{}, {Token: "tok-wrong"}},
	}
}

func nkeyCase(t *testing.T) authCase {
	kp, err := nkeys.CreateUser()
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := kp.PublicKey()
	seed, _ := kp.Seed()
	other, _ := nkeys.CreateUser()
	otherSeed, _ := other.Seed()
	return authCase{
		name:   "nkey",
		server: func(o *server.Options) { o.Nkeys = []*server.NkeyUser{{Nkey: pub}} },
		good:   pipeline.Auth{NKeySeed: tempFile(t, "user.nk", seed)},
		refused: []pipeline.Auth{
			{},
			{NKeySeed: tempFile(t, "other.nk", otherSeed)},
		},
	}
}

// credsCase runs the server in operator mode: an operator signs an account
// with JetStream enabled, the account signs a user, and the user's JWT and
// seed are written to a .creds file.
func credsCase(t *testing.T) authCase {
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	okp, err := nkeys.CreateOperator()
	must(err)
	opub, _ := okp.PublicKey()
	oc := jwt.NewOperatorClaims(opub)
	oc.Name = "test-operator"

	account := func(name string, js bool) (nkeys.KeyPair, string, string) {
		kp, err := nkeys.CreateAccount()
		must(err)
		pub, _ := kp.PublicKey()
		ac := jwt.NewAccountClaims(pub)
		ac.Name = name
		if js {
			ac.Limits.JetStreamLimits = jwt.JetStreamLimits{
				MemoryStorage: -1, DiskStorage: -1, Streams: -1, Consumer: -1,
			}
		}
		enc, err := ac.Encode(okp)
		must(err)
		return kp, pub, enc
	}
	_, sysPub, sysJWT := account("SYS", false)
	akp, apub, aJWT := account("NEWS", true)
	oc.SystemAccount = sysPub

	creds := func(signer nkeys.KeyPair) []byte {
		ukp, err := nkeys.CreateUser()
		must(err)
		upub, _ := ukp.PublicKey()
		useed, _ := ukp.Seed()
		uc := jwt.NewUserClaims(upub)
		uc.Name = "worker"
		ujwt, err := uc.Encode(signer)
		must(err)
		b, err := jwt.FormatUserConfig(ujwt, useed)
		must(err)
		return b
	}
	// A user signed by an account the operator never issued.
	stranger, err := nkeys.CreateAccount()
	must(err)

	resolver := &server.MemAccResolver{}
	must(resolver.Store(sysPub, sysJWT))
	must(resolver.Store(apub, aJWT))
	return authCase{
		name: "creds",
		server: func(o *server.Options) {
			o.TrustedOperators = []*jwt.OperatorClaims{oc}
			o.AccountResolver = resolver
			o.SystemAccount = sysPub
		},
		good: pipeline.Auth{Creds: tempFile(t, "worker.creds", creds(akp))},
		refused: []pipeline.Auth{
			{},
			{Creds: tempFile(t, "stranger.creds", creds(stranger))},
		},
	}
}

func tlsCase(t *testing.T) authCase {
	p := natstest.NewPKI(t)
	return authCase{
		name:   "tls client certificate",
		server: p.RequireClientCert(t),
		good:   pipeline.Auth{TLSCA: p.CA, TLSCert: p.ClientCert, TLSKey: p.ClientKey},
		refused: []pipeline.Auth{
			{},
			// Server verified, but no client certificate.
			{TLSCA: p.CA},
			// A client certificate from a CA the server does not trust.
			{TLSCA: p.CA, TLSCert: p.OtherClientCert, TLSKey: p.OtherClientKey},
			// The server's certificate is not signed by this CA.
			{TLSCA: p.OtherCA, TLSCert: p.ClientCert, TLSKey: p.ClientKey},
		},
	}
}

// TestAuthAgainstServers starts one embedded JetStream server per kind of
// credentials, each requiring that kind, and checks that the right Auth
// connects and uses JetStream while missing or wrong credentials are
// refused.
func TestAuthAgainstServers(t *testing.T) {
	for _, mk := range []func(*testing.T) authCase{userPasswordCase, tokenCase, nkeyCase, credsCase, tlsCase} {
		c := mk(t)
		t.Run(c.name, func(t *testing.T) {
			srv := natstest.RunServer(t, c.server)
			if err := c.good.Validate(); err != nil {
				t.Fatalf("Validate(%v) = %v, want nil", c.good, err)
			}
			nc, err := connectWith(srv.URL(), c.good)
			if err != nil {
				t.Fatalf("connect with %v: %v", c.good, err)
			}
			defer nc.Close()
			mustUseJetStream(t, nc)
			for _, bad := range c.refused {
				nc, err := connectWith(srv.URL(), bad)
				if err == nil {
					nc.Close()
					t.Errorf("connect with %v succeeded, want refused", bad)
				}
			}
		})
	}
}

func TestAuthValidate(t *testing.T) {
	file := tempFile(t, "f", []byte("x"))
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		auth pipeline.Auth
		ok   bool
	}{
		{"anonymous", pipeline.Auth{}, true},
		{"user and password", pipeline.Auth{User: "u", Password: "p"}, true},
		{"user without password", pipeline.Auth{User: "u"}, false},
		{"password without user", pipeline.Auth{Password: "p"}, false},
		{"token", pipeline.Auth{Token: "t"}, true},
		{"token and user", pipeline.Auth{Token: "t", User: "u", Password: "p"}, false},
		{"nkey and creds", pipeline.Auth{NKeySeed: file, Creds: file}, false},
		{"nkey missing file", pipeline.Auth{NKeySeed: filepath.Join(dir, "absent.nk")}, false},
		{"creds is a directory", pipeline.Auth{Creds: dir}, false},
		{"cert without key", pipeline.Auth{TLSCert: file}, false},
		{"key without cert", pipeline.Auth{TLSKey: file}, false},
		{"ca only", pipeline.Auth{TLSCA: file}, true},
		{"token with tls", pipeline.Auth{Token: "t", TLSCA: file, TLSCert: file, TLSKey: file}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.auth.Validate()
			if got := err == nil; got != tc.ok {
				t.Fatalf("Validate() = %v, want ok=%v", err, tc.ok)
			}
			if err != nil && !errors.Is(err, pipeline.ErrInvalidAuth) {
				t.Fatalf("Validate() = %v, want an error matching ErrInvalidAuth", err)
			}
		})
	}
}

func TestAuthOptionsRejectsMalformedFiles(t *testing.T) {
	p := natstest.NewPKI(t)
	junk := tempFile(t, "junk", []byte("not a key\n"))
	accountKP, _ := nkeys.CreateAccount()
	accountSeed, _ := accountKP.Seed()
	for _, tc := range []struct {
		name string
		auth pipeline.Auth
	}{
		{"nkey seed junk", pipeline.Auth{NKeySeed: junk}},
		{"nkey seed of an account", pipeline.Auth{NKeySeed: tempFile(t, "acct.nk", accountSeed)}},
		{"creds junk", pipeline.Auth{Creds: junk}},
		{"ca junk", pipeline.Auth{TLSCA: junk}},
		{"cert with wrong key", pipeline.Auth{TLSCert: p.ClientCert, TLSKey: p.ServerKey}},
		{"cert junk", pipeline.Auth{TLSCert: junk, TLSKey: junk}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.auth.Options()
			if err == nil {
				t.Fatal("Options() = nil error, want one")
			}
			if !errors.Is(err, pipeline.ErrInvalidAuth) {
				t.Fatalf("Options() = %v, want an error matching ErrInvalidAuth", err)
			}
		})
	}
}

// TestAuthNeverPrintsSecrets checks String, the zap encoding and RedactURL.
func TestAuthNeverPrintsSecrets(t *testing.T) {
	a := pipeline.Auth{User: "ingest", Password: "pw-SECRET-1", Token: "tok-SECRET-2", TLSCA: "/etc/ca.pem"}
	core, logs := observer.New(zapcore.DebugLevel)
	zap.New(core).Info("connecting", zap.Object("auth", a), zap.Stringer("auth_text", a),
		zap.String("url", pipeline.RedactURL("nats://ingest:pw-SECRET-1@10.0.0.1:4222, nats://tok-SECRET-2@10.0.0.2:4222")))
	if logs.Len() != 1 {
		t.Fatalf("%d log entries, want 1", logs.Len())
	}
	for k, v := range logs.All()[0].ContextMap() {
		if s := fmt.Sprint(v); strings.Contains(strings.ToLower(s), "secret") {
			t.Errorf("log field %s = %q leaks a secret", k, s)
		}
	}
	if got, want := pipeline.RedactURL("nats://a:b@h:1,nats://h2:2"), "nats://a:%2A%2A%2A@h:1,nats://h2:2"; got != want {
		t.Errorf("RedactURL = %q, want %q", got, want)
	}
	if got, want := (pipeline.Auth{}).String(), "anonymous"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
