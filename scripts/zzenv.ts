process.env.PAYLOAD_SECRET ??= 'abc'
