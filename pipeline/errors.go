package pipeline

import (
	"errors"
	"fmt"
)

// ErrPoison is matched (with errors.Is) by every error that means a raw
// message can never be processed: it goes to the dead-letter stream and is
// terminated, never retried. The concrete error is a *PoisonError.
var ErrPoison = errors.New("pipeline: poison message")

// Reason says why a message was dead-lettered. It is carried in the
// Dlq-Reason header and in logs.
type Reason string

// The reasons a message is dead-lettered.
const (
	// ReasonInvalidJSON: a JSON envelope that does not parse, or is not an object.
	ReasonInvalidJSON Reason = "invalid_json"
	// ReasonWrongType: an envelope field of the wrong JSON type (e.g. "text": 5).
	ReasonWrongType Reason = "wrong_type"
	// ReasonInvalidField: a field over its schema length limit.
	ReasonInvalidField Reason = "invalid_field"
	// ReasonNoBody: neither html nor text, or both empty.
	ReasonNoBody Reason = "no_body"
	// ReasonNotText: a body that is not valid UTF-8 after charset decoding.
	ReasonNotText Reason = "not_text"
	// ReasonCharset: a charset label that names no known encoding.
	ReasonCharset Reason = "charset"
	// ReasonBadHTML: a page the HTML reader rejects for another reason.
	ReasonBadHTML Reason = "bad_html"
	// ReasonTooLarge: a body over the configured size limit.
	ReasonTooLarge Reason = "too_large"
	// ReasonEncode: a record that cannot be encoded as JSON (NaN figure).
	ReasonEncode Reason = "encode"
	// ReasonPanic: an extractor panicked on the message.
	ReasonPanic Reason = "panic"
	// ReasonTimeout: extraction took longer than the per-message budget.
	ReasonTimeout Reason = "timeout"
	// ReasonMaxDeliver: a transient failure on the last allowed delivery.
	ReasonMaxDeliver Reason = "max_deliver"
)

// PoisonError is a poison message with its reason. It matches ErrPoison
// with errors.Is; use errors.As to read the Reason.
type PoisonError struct {
	Reason Reason
	Err    error // the underlying cause, may be nil
}

func (e *PoisonError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("pipeline: poison message (%s)", e.Reason)
	}
	return fmt.Sprintf("pipeline: poison message (%s): %v", e.Reason, e.Err)
}

// Is reports whether target is ErrPoison.
func (e *PoisonError) Is(target error) bool { return target == ErrPoison }

// Unwrap returns the underlying cause.
func (e *PoisonError) Unwrap() error { return e.Err }

func poison(r Reason, format string, args ...any) error {
	return &PoisonError{Reason: r, Err: fmt.Errorf(format, args...)}
}

// ReasonOf returns the Reason of a poison error, or "" when err is not one.
func ReasonOf(err error) Reason {
	var pe *PoisonError
	if errors.As(err, &pe) {
		return pe.Reason
	}
	return ""
}

// PanicError is a panic recovered while enriching a message, with the
// goroutine's stack. It is wrapped in a *PoisonError with ReasonPanic.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string { return fmt.Sprintf("pipeline: panic: %v", e.Value) }
