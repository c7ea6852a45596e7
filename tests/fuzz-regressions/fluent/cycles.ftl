a = { b }
b = { a }
c = { c }
d = { $count ->
    [one] one
   *[other] { $count } things
}
e = { -t }
-t = term { e }
