iface_payroll.go:25:7: s does not escape
iface_payroll.go:27:7: h does not escape
iface_payroll.go:34:7: c does not escape
iface_payroll.go:43:11: leaking param: p to result ~r0 level=1
iface_payroll.go:50:17: e.Name + " (contractor)" escapes to heap
iface_payroll.go:56:20: []Payable{...} does not escape
iface_payroll.go:57:11: Salaried{...} escapes to heap
iface_payroll.go:58:9: Hourly{...} escapes to heap
iface_payroll.go:59:33: []float64{...} escapes to heap
iface_payroll.go:59:3: &Contractor{...} escapes to heap
iface_payroll.go:60:9: Hourly{...} escapes to heap
iface_payroll.go:62:30: map[string]float64{} does not escape
iface_payroll.go:64:14: ... argument does not escape
iface_payroll.go:64:15: "month" escapes to heap
iface_payroll.go:64:15: month escapes to heap
iface_payroll.go:68:14: ... argument does not escape
iface_payroll.go:68:38: amount escapes to heap
iface_payroll.go:68:38: name(p) escapes to heap
iface_payroll.go:75:12: ... argument does not escape
iface_payroll.go:75:13: sum escapes to heap
iface_payroll.go:75:59: len(totals) escapes to heap
iface_payroll.go:81:4: h escapes to heap
iface_payroll.go:84:13: ... argument does not escape
iface_payroll.go:84:14: "most hours:" escapes to heap
iface_payroll.go:84:33: best escapes to heap
iface_payroll.go:84:33: name(biggest) escapes to heap
