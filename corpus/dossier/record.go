package dossier

import (
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"dossier/internal/flat"
)

// A record is what a dossier keeps of one article beside its index: its
// paragraphs, its places and its roles, written value after value in the
// order of their types' fields (no names, no tags), so that every field is
// kept, including those the JSON of the command line leaves out. The layout
// follows the Go types; signature describes them, and a file whose records
// were laid out for other types is refused at open rather than misread.

// recordEncoder appends values to a record.
type recordEncoder struct{ buf []byte }

func (e *recordEncoder) value(v reflect.Value) {
	switch v.Kind() {
	case reflect.Bool:
		b := byte(0)
		if v.Bool() {
			b = 1
		}
		e.buf = append(e.buf, b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.buf = binary.AppendVarint(e.buf, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		e.buf = binary.AppendUvarint(e.buf, v.Uint())
	case reflect.String:
		e.buf = binary.AppendUvarint(e.buf, uint64(v.Len()))
		e.buf = append(e.buf, v.String()...)
	case reflect.Slice:
		if v.IsNil() {
			e.buf = append(e.buf, 0)
			return
		}
		e.buf = binary.AppendUvarint(e.buf, uint64(v.Len())+1)
		for i := range v.Len() {
			e.value(v.Index(i))
		}
	case reflect.Pointer:
		if v.IsNil() {
			e.buf = append(e.buf, 0)
			return
		}
		e.buf = append(e.buf, 1)
		e.value(v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			e.value(v.Field(i))
		}
	default:
		panic(fmt.Sprintf("dossier: a record cannot hold a %s", v.Type())) // signature refuses such types first
	}
}

// recordDecoder reads values back from a record; the strings it makes are
// views of the record's bytes, which must not change.
type recordDecoder struct {
	buf []byte
	err error
}

var errShortRecord = errors.New("a record ends early")

func (d *recordDecoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.buf = nil
}

func (d *recordDecoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.buf)
	if n <= 0 {
		d.fail(errShortRecord)
		return 0
	}
	d.buf = d.buf[n:]
	return x
}

func (d *recordDecoder) value(v reflect.Value) {
	if d.err != nil {
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		if len(d.buf) == 0 {
			d.fail(errShortRecord)
			return
		}
		v.SetBool(d.buf[0] != 0)
		d.buf = d.buf[1:]
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x, n := binary.Varint(d.buf)
		if n <= 0 {
			d.fail(errShortRecord)
			return
		}
		d.buf = d.buf[n:]
		if v.OverflowInt(x) {
			d.fail(fmt.Errorf("a number %d too large for a %s", x, v.Type()))
			return
		}
		v.SetInt(x)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		x := d.uvarint()
		if v.OverflowUint(x) {
			d.fail(fmt.Errorf("a number %d too large for a %s", x, v.Type()))
			return
		}
		v.SetUint(x)
	case reflect.String:
		n := d.uvarint()
		if n > uint64(len(d.buf)) {
			d.fail(errShortRecord)
			return
		}
		v.SetString(flat.String(d.buf[:n]))
		d.buf = d.buf[n:]
	case reflect.Slice:
		n := d.uvarint()
		if n == 0 {
			return // nil
		}
		n--
		// Every value takes at least a byte, so a count beyond the bytes
		// left is damage, not a reason to allocate.
		if n > uint64(len(d.buf)) {
			d.fail(errShortRecord)
			return
		}
		s := reflect.MakeSlice(v.Type(), int(n), int(n))
		for i := range int(n) {
			d.value(s.Index(i))
		}
		v.Set(s)
	case reflect.Pointer:
		if len(d.buf) == 0 {
			d.fail(errShortRecord)
			return
		}
		present := d.buf[0]
		d.buf = d.buf[1:]
		if present != 0 {
			p := reflect.New(v.Type().Elem())
			d.value(p.Elem())
			v.Set(p)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			d.value(v.Field(i))
		}
	default:
		d.fail(fmt.Errorf("a record cannot hold a %s", v.Type()))
	}
}

// signature describes the layout of t's records: every field's name and
// type, depth first. It fails for a type a record cannot hold (maps,
// functions, unexported fields, types that hold themselves).
func signature(t reflect.Type) (string, error) {
	var b strings.Builder
	err := writeSignature(&b, t, map[reflect.Type]bool{})
	return b.String(), err
}

func writeSignature(b *strings.Builder, t reflect.Type, open map[reflect.Type]bool) error {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.String:
		b.WriteString(t.Kind().String())
	case reflect.Slice, reflect.Pointer:
		if t.Kind() == reflect.Slice {
			b.WriteString("[]")
		} else {
			b.WriteString("*")
		}
		return writeSignature(b, t.Elem(), open)
	case reflect.Struct:
		if open[t] {
			return fmt.Errorf("%s holds itself", t)
		}
		open[t] = true
		defer delete(open, t)
		b.WriteString("{")
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				return fmt.Errorf("%s.%s is unexported", t, f.Name)
			}
			if i > 0 {
				b.WriteString(";")
			}
			b.WriteString(f.Name + " ")
			if err := writeSignature(b, f.Type, open); err != nil {
				return err
			}
		}
		b.WriteString("}")
	default:
		return fmt.Errorf("a record cannot hold a %s (%s)", t.Kind(), t)
	}
	return nil
}
