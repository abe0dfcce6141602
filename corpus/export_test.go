package corpus

// CheckProblemKeys is checkProblemKeys for the tests of package corpus_test.
var CheckProblemKeys = checkProblemKeys
