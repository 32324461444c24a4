/* Ziliudi storefront: checkout and order pages. No libraries, no build step.
 * The price, payees and windows come from the seller-signed offer embedded in the
 * page; this script passes that offer to the escrow contract unchanged, and the
 * contract checks the seller's signature, so editing the page cannot change them. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var te = new TextEncoder();

  function readJson(id) {
    var el = $(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function say(text, isError) {
    var box = $("status");
    if (!box) return;
    box.hidden = false;
    box.textContent = text;
    box.className = "status" + (isError ? " error" : "");
  }

  /* ---------- hex and ABI encoding ----------
   * Selectors, ABI types, topics and field orders all come from the chain config the app
   * embeds in the page (made from the compiled contract's ABI); this script knows none. */
  function hex(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return s;
  }
  function unhex(h) {
    h = h.replace(/^0x/, "");
    var out = new Uint8Array(h.length / 2);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(h.substr(i * 2, 2), 16);
    return out;
  }
  function word(n) { var s = BigInt(n).toString(16); return "0".repeat(64 - s.length) + s; }
  function padRight(h) { return h + "0".repeat((64 - (h.length % 64)) % 64); }
  function isArray(p) { return /\[\]$/.test(p.type); }
  function isDynamic(p) {
    if (p.type === "bytes" || p.type === "string" || isArray(p)) return true;
    if (p.type === "tuple") return p.components.some(isDynamic);
    return false;
  }
  function headSize(p) {
    if (p.type === "tuple" && !isDynamic(p)) {
      return p.components.reduce(function (a, c) { return a + headSize(c); }, 0);
    }
    return 32;
  }
  /* A tuple's value is an object by field name (the offer as the seller signed it), so the
   * order of its fields is the ABI's alone. */
  function encodeOne(p, v) {
    if (isArray(p)) {
      var item = { name: p.name, type: p.type.slice(0, -2), components: p.components };
      return word(v.length) + encode(v.map(function () { return item; }), v);
    }
    if (p.type === "tuple") {
      return encode(p.components, p.components.map(function (c) {
        if (v === null || typeof v !== "object" || !(c.name in v)) {
          throw new Error("页面数据不完整（缺少 " + c.name + "），请联系卖家。");
        }
        return v[c.name];
      }));
    }
    if (p.type === "bytes") { var h = v.replace(/^0x/, ""); return word(h.length / 2) + padRight(h); }
    if (/^bytes[0-9]+$/.test(p.type)) return padRight(v.replace(/^0x/, ""));
    if (p.type === "address" || /^uint[0-9]*$/.test(p.type)) return word(BigInt(v));
    if (p.type === "bool") return word(v ? 1 : 0);
    throw new Error("unsupported ABI type " + p.type);
  }
  function encode(params, values) {
    var head = "", tail = "";
    var size = params.reduce(function (a, p) { return a + (isDynamic(p) ? 32 : headSize(p)); }, 0);
    params.forEach(function (p, i) {
      if (isDynamic(p)) {
        head += word(size + tail.length / 2);
        tail += encodeOne(p, values[i]);
      } else {
        head += encodeOne(p, values[i]);
      }
    });
    return head + tail;
  }
  /* What a call returned, for static types (an escrow's view): a tuple as an object by
   * field name; short data reads as zeros, as from an address without code. */
  function decode(params, data) {
    var h = data.replace(/^0x/, ""), at = 0;
    function one(p) {
      if (p.type === "tuple") {
        var o = {};
        p.components.forEach(function (c) { o[c.name] = one(c); });
        return o;
      }
      if (isDynamic(p)) throw new Error("unsupported ABI type " + p.type);
      var w = h.substr(at, 64).padEnd(64, "0");
      at += 64;
      if (p.type === "address") return "0x" + w.substr(24);
      if (/^bytes[0-9]+$/.test(p.type)) return "0x" + w.substr(0, 2 * Number(p.type.slice(5)));
      if (p.type === "bool") return BigInt("0x" + w) !== 0n;
      return BigInt("0x" + w);
    }
    return params.map(one);
  }
  /* fn: one of the config's functions ({selector, inputs, outputs}). */
  function call(fn, values) { return fn.selector + encode(fn.inputs, values); }

  /* ---------- the buyer's wallet (any EIP-1193 provider) ---------- */
  function provider() {
    if (!window.ethereum || typeof window.ethereum.request !== "function") {
      throw new Error("没有找到钱包：请在钱包 App 的浏览器里打开本页，或安装浏览器钱包。");
    }
    return window.ethereum;
  }
  function rpc(method, params) { return provider().request({ method: method, params: params || [] }); }
  async function connect(chain) {
    var accounts = await rpc("eth_requestAccounts");
    if (!accounts || !accounts.length) throw new Error("钱包没有给出账户。");
    var current = await rpc("eth_chainId");
    if (BigInt(current) !== BigInt(chain.chainId)) {
      await rpc("wallet_switchEthereumChain", [{ chainId: "0x" + BigInt(chain.chainId).toString(16) }]);
    }
    return accounts[0];
  }
  function sleep(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

  /* Why the contract (or the token) would refuse a call, in words, by the custom error's
   * name; the chain config names the errors by selector (errorNames, set when a page starts). */
  var REVERTS = {
    WrongState: "订单现在的状态不能这样操作，请刷新页面看看最新状态。",
    NotBuyer: "只有付款的买家账户能这样操作：请在钱包里切换到付款时用的账户。",
    NotParty: "只有这笔订单的买家或卖家能申请仲裁。",
    TooLate: "已经过了期限，不能再这样操作。",
    TooEarly: "还没到期限，现在不能这样操作。",
    InvalidOffer: "卖家的报价无效，请联系卖家。",
    InvalidSignature: "签名无效，请联系卖家。",
    OfferExpired: "卖家的报价已过期，请联系卖家。",
    OfferWasRevoked: "卖家已撤回这个报价。",
    OfferSoldOut: "这款已经卖完了。",
    BadQuantity: "购买数量不对。",
    FeeOnTransfer: "这种代币转账要扣手续费，托管合约不收。",
    ERC20InsufficientBalance: "钱包里的代币余额不够。",
    ERC20InsufficientAllowance: "授权额度不够，请重新授权。",
    ERC2612ExpiredSignature: "付款许可已过期，请重试。",
    ERC2612InvalidSigner: "付款许可的签名不对，请用“授权 + 付款”。"
  };
  var errorNames = {};
  function revertText(e) {
    var parts = [e && e.data, e && e.data && e.data.data, e && e.error && e.error.data,
      e && e.message, String(e)];
    for (var i = 0; i < parts.length; i++) {
      if (typeof parts[i] !== "string") continue;
      var m = parts[i].match(/0x[0-9a-fA-F]{8}/g) || [];
      for (var j = 0; j < m.length; j++) {
        var name = errorNames[m[j].toLowerCase()];
        if (name && Object.prototype.hasOwnProperty.call(REVERTS, name)) return REVERTS[name];
      }
    }
    return null;
  }
  function problem(e) {
    return revertText(e) || (e && e.message) || String(e);
  }
  /* Simulate first: a call the contract would refuse is explained, not sent (a failed
   * transaction still costs the buyer gas). */
  async function send(from, to, data) {
    try {
      await rpc("eth_call", [{ from: from, to: to, data: data }, "latest"]);
    } catch (e) {
      var why = revertText(e);
      if (why) throw new Error(why);
      if (/revert/i.test((e && e.message) || "")) throw e;
      /* a wallet that cannot simulate: let it send */
    }
    var hash = await rpc("eth_sendTransaction", [{ from: from, to: to, data: data }]);
    for (var i = 0; i < 600; i++) {
      var receipt = await rpc("eth_getTransactionReceipt", [hash]);
      if (receipt) {
        if (BigInt(receipt.status) !== 1n) throw new Error("交易失败：" + hash);
        return receipt;
      }
      await sleep(500);
    }
    throw new Error("交易还没有确认：" + hash);
  }
  async function ethCall(to, data) { return rpc("eth_call", [{ to: to, data: data }, "latest"]); }

  /* ---------- delivery details, encrypted to the store's key ---------- */
  async function seal(details, storeKeyHex) {
    if (!window.crypto || !crypto.subtle) {
      throw new Error("此浏览器不能加密收货信息：请用 https 地址或本地文件打开本店。");
    }
    var curve = { name: "ECDH", namedCurve: "P-256" };
    var store = await crypto.subtle.importKey("raw", unhex(storeKeyHex), curve, false, []);
    var mine = await crypto.subtle.generateKey(curve, true, ["deriveBits"]);
    var shared = await crypto.subtle.deriveBits({ name: "ECDH", public: store }, mine.privateKey, 256);
    var point = new Uint8Array(await crypto.subtle.exportKey("raw", mine.publicKey));
    var base = await crypto.subtle.importKey("raw", shared, "HKDF", false, ["deriveKey"]);
    var key = await crypto.subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt: point, info: te.encode("ziliudi delivery note v1") },
      base, { name: "AES-GCM", length: 256 }, false, ["encrypt"]);
    var iv = crypto.getRandomValues(new Uint8Array(12));
    var body = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv: iv }, key,
      te.encode(JSON.stringify(details))));
    var note = new Uint8Array(1 + point.length + iv.length + body.length);
    note[0] = 1; note.set(point, 1); note.set(iv, 1 + point.length); note.set(body, 1 + point.length + 12);
    return "0x" + hex(note);
  }

  /* ---------- checkout ---------- */
  function money(minor) {
    minor = BigInt(minor);
    return (minor / 100n).toString() + "." + (minor % 100n).toString().padStart(2, "0");
  }
  function tokenText(amount, token) {
    var d = BigInt(token.decimals), a = BigInt(amount), unit = 10n ** d;
    var frac = (a % unit).toString().padStart(Number(d), "0").replace(/0+$/, "");
    return (a / unit).toString() + (frac ? "." + frac : "") + " " + token.symbol;
  }
  function checkout() {
    var data = readJson("checkout-data");
    errorNames = (data.chain && data.chain.errors) || {};
    var form = $("checkout");
    var select = $("variant"), qty = $("quantity");
    var wanted = new URLSearchParams(location.search).get("v");
    /* ?v= from a shared link picks a variant; anything else keeps the first */
    if (wanted && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
      select.value = wanted;
    }
    function chosen() {
      return data.variants.filter(function (v) { return String(v.listing) === select.value; })[0];
    }
    var pay = readJson("paycode-data");
    function refresh() {
      var v = chosen(), q = Math.max(1, parseInt(qty.value || "1", 10));
      $("offer-json").textContent = v.offer ? JSON.stringify(v.offer, null, 2) : "";
      $("pay").disabled = !v.offer || !data.chain;
      if (!v.offer || !data.chain) {
        $("total").textContent = "¥" + money(v.price) + " × " + q;
        if (!pay) say("此款暂不支持在线付款：卖家还没有签署它的价格。请联系卖家下单。", true);
        return;
      }
      $("status").hidden = true;
      $("total").textContent = tokenText(BigInt(v.offer.price) * BigInt(q), data.chain.token) +
        "（卖家签名的价格 × " + q + "）";
    }
    select.addEventListener("change", refresh);
    qty.addEventListener("input", refresh);
    if (pay) scanPay(data, pay, chosen);
    refresh();
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      pay(data, chosen(), parseInt(qty.value, 10)).catch(function (e) {
        say(problem(e), true);
        $("pay").disabled = false;
      });
    });
  }
  async function pay(data, v, q) {
    var chain = data.chain, offer = v.offer;
    if (!(q >= 1) || q > v.available || q > Number(offer.maxQuantity)) {
      throw new Error("数量需在 1 到 " + Math.min(v.available, Number(offer.maxQuantity)) + " 之间。");
    }
    var details = { name: $("name").value.trim(), phone: $("phone").value.trim(),
      address: $("address").value.trim(), note: $("note").value.trim(),
      listing: v.listing, variant: v.variant, quantity: q };
    if (!details.name || !details.phone || !details.address) throw new Error("请填写收货人、电话和地址。");
    $("pay").disabled = true;
    say("正在连接钱包…");
    var from = await connect(chain);
    var note = await seal(details, data.storeKey);
    var total = BigInt(offer.price) * BigInt(q);
    var f = chain.functions, receipt;
    var usePermit = $("method") && $("method").value === "permit" && chain.token.permit;
    if (usePermit) {
      say("请在钱包中签署付款许可（permit）…");
      var nonce = decode(f.nonces.outputs, await ethCall(chain.token.address, call(f.nonces, [from])))[0];
      var deadline = BigInt(Math.floor(Date.now() / 1000) + 3600);
      var typed = { types: chain.permitTypes,
        primaryType: "Permit",
        domain: { name: chain.token.name, version: chain.token.version, chainId: Number(chain.chainId),
          verifyingContract: chain.token.address },
        message: { owner: from, spender: chain.contract, value: total.toString(), nonce: nonce.toString(),
          deadline: deadline.toString() } };
      var sig = (await rpc("eth_signTypedData_v4", [from, JSON.stringify(typed)])).replace(/^0x/, "");
      var vByte = parseInt(sig.substr(128, 2), 16); if (vByte < 27) vByte += 27;
      say("正在付款（permit + fund）…");
      var permit = { deadline: deadline, v: vByte, r: "0x" + sig.substr(0, 64), s: "0x" + sig.substr(64, 64) };
      receipt = await send(from, chain.contract, call(f.fundWithPermit, [offer, v.signature, q, note, permit]));
    } else {
      var allowance = decode(f.allowance.outputs, await ethCall(chain.token.address,
        call(f.allowance, [from, chain.contract])))[0];
      if (allowance < total) {
        say("第 1 步：请在钱包中授权托管合约使用 " + tokenText(total, chain.token) + "…");
        await send(from, chain.token.address, call(f.approve, [chain.contract, total]));
      }
      say("第 2 步：请在钱包中确认付款…");
      receipt = await send(from, chain.contract, call(f.fund, [offer, v.signature, q, note]));
    }
    var id = null;
    receipt.logs.forEach(function (log) {  /* the escrow's id is the event's first indexed value */
      if (log.topics[0] === chain.fundedTopic && log.address.toLowerCase() === chain.contract.toLowerCase()) {
        id = BigInt(log.topics[1]).toString();
      }
    });
    say("付款成功，订单号 " + orderNumber(id) + "。卖家接单后会发货。");
    var link = $("order-link");
    link.href = document.body.dataset.root + "order.html?id=" + id;
    link.hidden = false;
  }

  /* ---------- order: confirm receipt, dispute, cancel ---------- */
  /* The contract's id is its offer's index << 32 | the escrow's number in that offer;
   * people read it as "index-number", as the seller's app shows it. */
  function orderNumber(id) {
    var n = BigInt(id);
    return (n >> 32n).toString() + "-" + BigInt.asUintN(32, n).toString();
  }
  /* By the contract's state names; the config lists them in the contract's order. */
  var STATES = { None: "不存在", Funded: "已付款，等待卖家接单", Accepted: "卖家已接单",
    Shipped: "卖家已发货", Disputed: "争议中", Closed: "已结束" };
  var CLOSED = { completed: "已完成", refunded: "已退款", resolved: "已结束：按裁决或双方协议分配" };
  var DEADLINES = { Funded: "卖家需在 {t} 前接单，接单前你可以取消订单", Accepted: "卖家需在 {t} 前发货",
    Shipped: "请在 {t} 前确认收货或申请仲裁，逾期货款自动付给卖家", Disputed: "仲裁截止 {t}" };
  var OPEN = ["Funded", "Accepted", "Shipped", "Disputed"];
  /* How a closed escrow ended, from the event that closed it ("" when the node will not say). */
  async function closedAs(chain, id) {
    var idTopic = "0x" + BigInt(id).toString(16).padStart(64, "0");
    try {
      var logs = await rpc("eth_getLogs", [{ address: chain.contract, fromBlock: "earliest",
        toBlock: "latest", topics: [Object.keys(chain.closedTopics), idTopic] }]);
      return logs.length ? CLOSED[chain.closedTopics[logs[logs.length - 1].topics[0]]] || "" : "";
    } catch (e) {
      return "";
    }
  }
  /* What the buyer may do in each state (the contract's own rules): cancel before the
   * seller accepts; confirm once accepted, also during a dispute; dispute after acceptance,
   * before the ship or confirm deadline. */
  function allowed(state, deadline, now) {
    return {
      cancel: state === "Funded",
      confirm: state === "Accepted" || state === "Shipped" || state === "Disputed",
      dispute: (state === "Accepted" || state === "Shipped") && now < deadline
    };
  }
  async function order() {
    var data = readJson("order-data");
    errorNames = (data.chain && data.chain.errors) || {};
    var id = new URLSearchParams(location.search).get("id");
    var buttons = { confirm: $("confirm"), dispute: $("dispute"), cancel: $("cancel") };
    function showButtons(can) {
      Object.keys(buttons).forEach(function (k) {
        buttons[k].hidden = !can[k];
        buttons[k].style.display = can[k] ? "" : "none"; /* .button sets display, which hides [hidden] */
        buttons[k].disabled = !can[k];
      });
    }
    showButtons({});
    if (!id || !/^[0-9]+$/.test(id)) {
      $("order-id").textContent = id || "—";
      if (id) say("订单号不对。", true);
      return;
    }
    $("order-id").textContent = orderNumber(id);
    if (!data.chain) { say("本店还没有开通在线付款。", true); return; }
    var chain = data.chain, f = chain.functions, from = null;
    async function show() {
      var view = decode(f.getEscrow.outputs,
        await ethCall(chain.contract, call(f.getEscrow, [id])))[0];
      var state = chain.states[Number(view.state)] || String(view.state);
      var deadline = Number(view.deadline);
      var text = STATES[state] || state;
      if (state === "Closed") text = (await closedAs(chain, id)) || text;
      if (DEADLINES[state] && deadline) {
        text += "（" + DEADLINES[state].replace("{t}", new Date(deadline * 1000).toLocaleString("zh-CN")) + "）";
      }
      $("order-state").textContent = text;
      if (OPEN.indexOf(state) >= 0 && from && from.toLowerCase() !== view.buyer.toLowerCase()) {
        showButtons({});
        say("当前钱包账户不是这笔订单的买家：请切换到付款时用的账户。", true);
      } else {
        showButtons(allowed(state, deadline, Math.floor(Date.now() / 1000)));
      }
      return state;
    }
    var busy = false;
    async function act(fn, label) {
      if (busy) return;
      busy = true;
      showButtons({});
      try {
        from = await connect(chain);
        say(label + "：请在钱包中确认…");
        await send(from, chain.contract, call(fn, [id]));
        say(label + "：完成。");
      } catch (e) {
        say(label + "没有成功：" + problem(e), true);
      } finally {
        busy = false;
        try { await show(); } catch (e) { say(problem(e), true); }
      }
    }
    buttons.confirm.addEventListener("click", function () { act(f.confirm, "确认收货"); });
    buttons.dispute.addEventListener("click", function () { act(f.dispute, "申请仲裁"); });
    buttons.cancel.addEventListener("click", function () { act(f.cancel, "取消订单"); });
    try { from = await connect(chain); await show(); } catch (e) { say(problem(e), true); }
  }

  /* ---------- paying by the store's WeChat Pay / Alipay QR, without a chain ----------
   * The buyer pays the store's payment code and sends an order code by WeChat; the seller's
   * app opens it (shop/storefront/order_code.py has the layout and what the app checks). The
   * code carries listing, quantity, unit price and a nonce in clear and, sealed to the
   * store's key with the same seal() as the escrow checkout, the delivery details with a copy
   * of those four, so changing the clear part of a buyer's code loses its delivery details. */
  var B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  function base32(bytes) {
    var out = "", bits = 0, value = 0;
    for (var i = 0; i < bytes.length; i++) {
      value = (value << 8) | bytes[i];
      bits += 8;
      while (bits >= 5) { out += B32[(value >>> (bits - 5)) & 31]; bits -= 5; }
      value &= (1 << bits) - 1;
    }
    if (bits > 0) out += B32[(value << (5 - bits)) & 31];
    return out;
  }
  /* unsigned LEB128; plain arithmetic, since JavaScript's bit operators stop at 32 bits */
  function varint(n) {
    var out = [];
    do {
      var byte = n % 128;
      n = Math.floor(n / 128);
      out.push(n > 0 ? byte | 128 : byte);
    } while (n > 0);
    return out;
  }
  async function makeOrderCode(storeKey, listing, quantity, price, contact) {
    var nonce = hex(crypto.getRandomValues(new Uint8Array(8)));
    var details = { name: contact.name, phone: contact.phone, address: contact.address,
      note: contact.note, order: [listing, quantity, price, nonce] };
    var note = unhex(await seal(details, storeKey));
    var point = note.subarray(1, 66);  /* 04 || x || y: carried as 02/03 || x */
    var head = varint(listing).concat(varint(quantity), varint(price), Array.from(unhex(nonce)),
      [2 + (point[64] & 1)], Array.from(point.subarray(1, 33)));
    var body = new Uint8Array(head.length + note.length - 66);
    body.set(head, 0);
    body.set(note.subarray(66), head.length);
    return "ZLD1-" + base32(body);
  }

  /* A QR code (model 2, error correction level L, alphanumeric mode, mask 0) as rows of
   * booleans: the order code is capitals, digits and "-", which that mode packs best. */
  var qrCode = (function () {
    var EXP = [], LOG = [];
    for (var i = 0, x = 1; i < 255; i++) { EXP[i] = x; LOG[x] = i; x <<= 1; if (x & 256) x ^= 0x11d; }
    for (i = 255; i < 512; i++) EXP[i] = EXP[i - 255];
    function mul(a, b) { return a && b ? EXP[LOG[a] + LOG[b]] : 0; }
    var ECC = [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
      28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30];
    var BLOCKS = [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12,
      12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25];
    var ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    function rawModules(v) {
      var r = (16 * v + 128) * v + 64;
      if (v >= 2) {
        var a = Math.floor(v / 7) + 2;
        r -= (25 * a - 10) * a - 55;
        if (v >= 7) r -= 36;
      }
      return r;
    }
    function dataBytes(v) { return Math.floor(rawModules(v) / 8) - ECC[v] * BLOCKS[v]; }
    function countBits(v) { return v < 10 ? 9 : v < 27 ? 11 : 13; }
    function remainder(data, n) {
      var g = [1];
      for (var i = 0; i < n; i++) {  /* times (x + a^i) */
        var next = new Array(g.length + 1).fill(0);
        for (var j = 0; j < g.length; j++) { next[j] ^= g[j]; next[j + 1] ^= mul(g[j], EXP[i]); }
        g = next;
      }
      var rem = data.concat(new Array(n).fill(0));
      for (i = 0; i < data.length; i++) {
        var c = rem[i];
        if (c) for (j = 0; j < g.length; j++) rem[i + j] ^= mul(g[j], c);
      }
      return rem.slice(data.length);
    }
    function codewords(text, v) {
      var bits = [];
      function put(value, n) { for (var i = n - 1; i >= 0; i--) bits.push((value >>> i) & 1); }
      put(2, 4);
      put(text.length, countBits(v));
      for (var i = 0; i + 1 < text.length; i += 2) {
        put(ALNUM.indexOf(text[i]) * 45 + ALNUM.indexOf(text[i + 1]), 11);
      }
      if (text.length % 2) put(ALNUM.indexOf(text[text.length - 1]), 6);
      var capacity = dataBytes(v) * 8;
      put(0, Math.min(4, capacity - bits.length));
      put(0, (8 - bits.length % 8) % 8);
      for (var pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) put(pad, 8);
      var data = [];
      for (i = 0; i < bits.length; i += 8) data.push(parseInt(bits.slice(i, i + 8).join(""), 2));
      var blocks = BLOCKS[v], total = Math.floor(rawModules(v) / 8);
      var shortLen = Math.floor(total / blocks), shorts = blocks - total % blocks, at = 0;
      var parts = [], eccs = [];
      for (i = 0; i < blocks; i++) {
        var len = shortLen - ECC[v] + (i < shorts ? 0 : 1);
        parts.push(data.slice(at, at + len));
        eccs.push(remainder(parts[i], ECC[v]));
        at += len;
      }
      var out = [];
      for (i = 0; i <= shortLen - ECC[v]; i++) {
        parts.forEach(function (p) { if (i < p.length) out.push(p[i]); });
      }
      for (i = 0; i < ECC[v]; i++) eccs.forEach(function (e) { out.push(e[i]); });
      return out;
    }
    function alignments(v) {
      if (v === 1) return [];
      var n = Math.floor(v / 7) + 2, size = v * 4 + 17;
      var step = v === 32 ? 26 : Math.ceil((v * 4 + 4) / (n * 2 - 2)) * 2;
      var out = [6];
      for (var pos = size - 7; out.length < n; pos -= step) out.splice(1, 0, pos);
      return out;
    }
    return function (text) {
      if (!/^[0-9A-Z $%*+\-./:]*$/.test(text)) throw new Error("not alphanumeric");
      var v = 1;
      while (v <= 40 && 4 + countBits(v) + Math.ceil(text.length * 5.5) > dataBytes(v) * 8) v++;
      if (v > 40) throw new Error("too long for a QR code");
      var size = v * 4 + 17, grid = [], fixed = [];
      for (var y = 0; y < size; y++) { grid.push(new Array(size).fill(false)); fixed.push(new Array(size).fill(false)); }
      function set(x, y, dark) { grid[y][x] = dark; fixed[y][x] = true; }
      for (var i = 0; i < size; i++) { set(6, i, i % 2 === 0); set(i, 6, i % 2 === 0); }
      [[3, 3], [size - 4, 3], [3, size - 4]].forEach(function (c) {
        for (var dy = -4; dy <= 4; dy++) for (var dx = -4; dx <= 4; dx++) {
          var d = Math.max(Math.abs(dx), Math.abs(dy)), x = c[0] + dx, y = c[1] + dy;
          if (x >= 0 && x < size && y >= 0 && y < size) set(x, y, d !== 2 && d !== 4);
        }
      });
      var al = alignments(v), last = al.length - 1;
      al.forEach(function (ay, a) {
        al.forEach(function (ax, b) {
          if ((a === 0 && b === 0) || (a === 0 && b === last) || (a === last && b === 0)) return;
          for (var dy = -2; dy <= 2; dy++) for (var dx = -2; dx <= 2; dx++) {
            set(ax + dx, ay + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
          }
        });
      });
      /* format: level L (01), mask 0, BCH(15,5), masked with 0x5412 */
      var data = 1 << 3, rem = data;
      for (i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
      var format = ((data << 10) | rem) ^ 0x5412;
      function fbit(k) { return ((format >>> k) & 1) === 1; }
      for (i = 0; i <= 5; i++) set(8, i, fbit(i));
      set(8, 7, fbit(6)); set(8, 8, fbit(7)); set(7, 8, fbit(8));
      for (i = 9; i < 15; i++) set(14 - i, 8, fbit(i));
      for (i = 0; i < 8; i++) set(size - 1 - i, 8, fbit(i));
      for (i = 8; i < 15; i++) set(8, size - 15 + i, fbit(i));
      set(8, size - 8, true);
      if (v >= 7) {
        rem = v;
        for (i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
        var version = (v << 12) | rem;
        for (i = 0; i < 18; i++) {
          var bit = ((version >>> i) & 1) === 1, p = size - 11 + i % 3, q = Math.floor(i / 3);
          set(p, q, bit); set(q, p, bit);
        }
      }
      var words = codewords(text, v), n = 0;
      for (var right = size - 1; right >= 1; right -= 2) {
        if (right === 6) right = 5;
        for (var vert = 0; vert < size; vert++) {
          for (var j = 0; j < 2; j++) {
            var x = right - j, upward = ((right + 1) & 2) === 0, yy = upward ? size - 1 - vert : vert;
            if (fixed[yy][x]) continue;
            var dark = n < words.length * 8 && ((words[n >>> 3] >>> (7 - (n & 7))) & 1) === 1;
            n++;
            grid[yy][x] = dark !== ((x + yy) % 2 === 0);  /* mask 0 */
          }
        }
      }
      return grid;
    };
  })();
  function drawQr(canvas, grid, scale) {
    var quiet = 4, size = grid.length, px = (size + quiet * 2) * scale;
    canvas.width = px; canvas.height = px;
    var g = canvas.getContext("2d");
    g.fillStyle = "#fff"; g.fillRect(0, 0, px, px);
    g.fillStyle = "#000";
    grid.forEach(function (row, y) {
      row.forEach(function (dark, x) {
        if (dark) g.fillRect((x + quiet) * scale, (y + quiet) * scale, scale, scale);
      });
    });
  }
  function yuan(minor, currency) {
    return currency === "CNY" ? "¥" + money(minor) + "（元）" : money(minor) + " " + currency;
  }
  async function copyText(area) {
    try {
      await navigator.clipboard.writeText(area.value);
      return true;
    } catch (e) {  /* a browser that keeps the clipboard from file:// pages */
      area.focus(); area.select();
      return document.execCommand && document.execCommand("copy");
    }
  }
  function scanPay(data, pay, chosen) {
    var button = $("scan-pay");
    if (!data.chain) { $("pay").hidden = true; $("pay").style.display = "none"; }
    $("copy-code").addEventListener("click", function () {
      copyText($("order-code")).then(function (ok) {
        $("copy-state").textContent = ok ? "已复制，去微信粘贴发给卖家" : "请长按上面的订单码手动复制";
      });
    });
    button.addEventListener("click", function () {
      var v = chosen(), q = parseInt($("quantity").value, 10);
      var contact = { name: $("name").value.trim(), phone: $("phone").value.trim(),
        address: $("address").value.trim(), note: $("note").value.trim() };
      (async function () {
        if (!(q >= 1) || q > v.available) throw new Error("数量需在 1 到 " + v.available + " 之间。");
        if (!contact.name || !contact.phone || !contact.address) throw new Error("请填写收货人、电话和地址。");
        button.disabled = true;
        var code = await makeOrderCode(data.storeKey, v.listing, q, v.price, contact);
        $("scanpay-amount").textContent = yuan(v.price * q, pay.currency);
        $("order-code").value = code;
        drawQr($("order-qr"), qrCode(code), 3);
        $("scanpay-result").hidden = false;
        say("订单码已生成：请先扫码付款 " + yuan(v.price * q, pay.currency) + "，再把订单码发给卖家。");
      })().catch(function (e) { say(problem(e), true); }).finally(function () {
        button.disabled = false;
      });
    });
  }

  var page = document.body.dataset.page;
  if (page === "checkout") checkout();
  if (page === "order") order();
})();
