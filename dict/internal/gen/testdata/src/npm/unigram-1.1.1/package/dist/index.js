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
 },
 {
  "word": "london",
  "freq": "5000000"
 },
 {
  "word": "tiffin",
  "freq": "30000"
 },
 {
  "word": "newsy",
  "freq": "40000"
 },
 {
  "word": "reportr",
  "freq": "20000"
 },
 {
  "word": "zyzzyva",
  "freq": "20000"
 },
 {
  "word": "grotesk",
  "freq": "15000"
 },
 {
  "word": "ewe",
  "freq": "50000"
 }
]
