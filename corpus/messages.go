package corpus

import "slices"

// The keys of every message the loader can report. A Problem, an Error and
// a Phrase name their sentence by one of these, with arguments, so that an
// interface can say it in its own language (the app's translations hold a
// text for each key); the English Message beside it is for the command line
// and logs. Keys are stable: translators' files refer to them.
//
// An argument is a string, an int, an int64 or a Phrase (a reason or a kind
// of file inside the sentence, which is translated first). Strings that come
// from a file or a path are given as they are printed in English: quoted
// where the English message quotes them.
const (
	// Entries in the folder.
	keyFolderUnreadable = "problem.folder.unreadable" // Reason
	keyFolderName       = "problem.folder.name"
	keyFileName         = "problem.file.name"
	keySpecial          = "problem.special" // Kind
	keyLinkFolder       = "problem.link.folder"
	keyLinkSpecial      = "problem.link.special" // Kind
	keyLinkLoop         = "problem.link.loop"
	keyLinkOutside      = "problem.link.outside"
	keyLinkBroken       = "problem.link.broken"
	keyLinkUnreadable   = "problem.link.unreadable" // Reason

	// Reading a file.
	keyFileOpen     = "problem.file.open" // Reason
	keyFileRead     = "problem.file.read" // Reason
	keyFileSize     = "problem.file.size" // Size (int64), Limit
	keyFileTooLong  = "problem.file.toolong"
	keyDuplicate    = "problem.duplicate" // ID (quoted), Other
	keyInternal     = "problem.internal"  // Panic
	keyEncUTF16     = "problem.encoding.utf16"
	keyEncBinary    = "problem.encoding.binary"
	keyEncUTF8      = "problem.encoding.utf8" // Byte ("0xFF"), Column
	keyEmpty        = "problem.parse.empty"
	keyNoText       = "problem.parse.notext"
	keyHeaderEmpty  = "problem.header.empty"  // Key (quoted)
	keyDateMissing  = "problem.date.missing"  // Text (quoted)
	keyDateEmpty    = "problem.date.empty"    // -
	keyDateForm     = "problem.date.form"     // Date (quoted)
	keyDateMonth    = "problem.date.month"    // Date, Reason
	keyDateYear     = "problem.date.year"     // Date, Year
	keyDateDay      = "problem.date.day"      // Date, Month, Days
	keyMonthForm    = "problem.month.form"    // Month (quoted)
	keyMonthNumber  = "problem.month.number"  // Month (quoted), Number
	keyDirOpen      = "problem.dir.open"      // Dir, Reason
	keyDirNotFolder = "problem.dir.notfolder" // Dir
	keyDirList      = "problem.dir.list"      // Dir, Reason

	// Kinds of file that are not regular files (Kind).
	keyKindPipe   = "problem.kind.pipe"
	keyKindSocket = "problem.kind.socket"
	keyKindChar   = "problem.kind.chardevice"
	keyKindDevice = "problem.kind.device"
	keyKindFolder = "problem.kind.folder"
	keyKindOther  = "problem.kind.other"

	// What the operating system said (Reason). Only the common errors have
	// a key of their own; the rest are the system's own words (Text).
	keyOSPermission  = "problem.os.permission"
	keyOSNotExist    = "problem.os.notexist"
	keyOSLoop        = "problem.os.loop"
	keyOSNameTooLong = "problem.os.nametoolong"
	keyOSTooManyOpen = "problem.os.toomanyopen"
	keyOSIO          = "problem.os.io"
	keyOSNotDir      = "problem.os.notdir"
	keyOSCancelled   = "problem.os.cancelled"
	keyOSOther       = "problem.os.other" // Text
)

var messageKeys = []string{
	keyFolderUnreadable, keyFolderName, keyFileName, keySpecial,
	keyLinkFolder, keyLinkSpecial, keyLinkLoop, keyLinkOutside, keyLinkBroken, keyLinkUnreadable,
	keyFileOpen, keyFileRead, keyFileSize, keyFileTooLong, keyDuplicate, keyInternal,
	keyEncUTF16, keyEncBinary, keyEncUTF8, keyEmpty, keyNoText, keyHeaderEmpty,
	keyDateMissing, keyDateEmpty, keyDateForm, keyDateMonth, keyDateYear, keyDateDay,
	keyMonthForm, keyMonthNumber, keyDirOpen, keyDirNotFolder, keyDirList,
	keyKindPipe, keyKindSocket, keyKindChar, keyKindDevice, keyKindFolder, keyKindOther,
	keyOSPermission, keyOSNotExist, keyOSLoop, keyOSNameTooLong, keyOSTooManyOpen,
	keyOSIO, keyOSNotDir, keyOSCancelled, keyOSOther,
}

// MessageKeys lists every key a Problem, an Error or a Phrase of this
// package can carry, so that an interface can check it has a text for each.
func MessageKeys() []string { return slices.Clone(messageKeys) }
