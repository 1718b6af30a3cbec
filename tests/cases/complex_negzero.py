print(complex(1,-0.0), complex(-1,-0.0), complex(1.0,-0.0).imag, complex(0.0,-0.0), complex(1j, 2j), complex(1, 2j), complex(-0.0, -0.0), complex(1.5, -0.0).conjugate(), complex("1-0j"))
