exports.unigram = [
 {
  "word": "the",
  "freq": "23135851162"
 },
 {
  "word": "polish",
  "freq": "13927858"
 },
 {
  "word": "reporter",
  "freq": "9000000"
 },
 {
  "word": "organize",
  "freq": "2500000"
 }
]
