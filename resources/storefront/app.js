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
   * name; the chain config names the errors by selector (errorNames, set when a page starts).
   * Every error of the compiled contracts has its sentence here (a test checks), so a page
   * never shows a bare name like OfferSoldOut(). */
  var REVERTS = {
    /* the escrow */
    BadQuantity: "购买数量不对：不能为零，也不能超过一单能买的数量。",
    BadSplit: "两部分金额加起来和托管中的金额对不上。",
    BadStatement: "陈述是空的，或超过了托管合约接受的长度（1024 字节）。",
    BadTracking: "加密的快递单号是空的，或超过了托管合约接受的长度（160 字节）。",
    BuyerNotAllowed: "这个账户是报价的仲裁人或收款方，不能用它购买。",
    FeeOnTransfer: "这种代币转账要扣手续费，托管合约不收。",
    InvalidOffer: "卖家的报价不符合托管合约的规则，请联系卖家。",
    InvalidSignature: "签名不对：不是该账户为这个报价或协商方案签的，或方案已作废。",
    LengthMismatch: "订单和快递单号的数目对不上。",
    NotArbitrator: "只有报价写明的仲裁人能裁决这笔订单。",
    NotBuyer: "只有付款的买家账户能这样操作：请在钱包里切换到付款时用的账户。",
    NotParty: "只有这笔订单的买家或卖家能这样操作。",
    NotSeller: "只有这笔订单的卖家能这样操作。",
    NothingToWithdraw: "托管合约里没有这个账户可以取出的钱。",
    OfferExpired: "卖家的报价已过期，请联系卖家。",
    OfferSoldOut: "这款已经卖完了。",
    OfferWasRevoked: "卖家已撤回这个报价。",
    TooEarly: "还没到期限，现在不能这样操作。",
    TooLate: "已经过了期限，不能再这样操作。",
    WrongState: "订单现在的状态不能这样操作，请刷新页面看看最新状态。",
    ReentrancyGuardReentrantCall: "托管合约拒绝了在另一次调用中途发起的调用。",
    SafeCastOverflowedUintDowncast: "数额太大，托管合约存不下。",
    SafeERC20FailedOperation: "代币拒绝了这笔转账：请检查余额和授权额度。",
    InvalidShortString: "合约读不了给它的名称。",
    StringTooLong: "给合约的名称太长。",
    /* the token */
    ECDSAInvalidSignature: "签名无效。",
    ECDSAInvalidSignatureLength: "签名长度不对。",
    ECDSAInvalidSignatureS: "签名格式不对。",
    ERC20InsufficientAllowance: "授权额度不够，请重新授权。",
    ERC20InsufficientBalance: "钱包里的代币余额不够。",
    ERC20InvalidApprover: "代币不接受空地址作为授权方。",
    ERC20InvalidReceiver: "代币不接受空地址作为收款方。",
    ERC20InvalidSender: "代币不接受空地址作为付款方。",
    ERC20InvalidSpender: "代币不接受空地址作为被授权方。",
    ERC2612ExpiredSignature: "付款许可已过期，请重试。",
    ERC2612InvalidSigner: "付款许可的签名不对，请用“授权 + 付款”。",
    InvalidAccountNonce: "付款许可已用过或顺序不对，请重试。"
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
  /* Bytes sealed to a P-256 public key (hex): version 1 | fresh point | IV | AES-GCM body;
   * `info` names what is sealed, so a delivery note never opens as a statement. */
  async function sealBytes(bytes, keyHex, info) {
    if (!window.crypto || !crypto.subtle) {
      throw new Error("此浏览器不能加密：请用 https 地址或本地文件打开本店。");
    }
    var curve = { name: "ECDH", namedCurve: "P-256" };
    var theirs = await crypto.subtle.importKey("raw", unhex(keyHex), curve, false, []);
    var mine = await crypto.subtle.generateKey(curve, true, ["deriveBits"]);
    var shared = await crypto.subtle.deriveBits({ name: "ECDH", public: theirs }, mine.privateKey, 256);
    var point = new Uint8Array(await crypto.subtle.exportKey("raw", mine.publicKey));
    var base = await crypto.subtle.importKey("raw", shared, "HKDF", false, ["deriveKey"]);
    var key = await crypto.subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt: point, info: te.encode(info) },
      base, { name: "AES-GCM", length: 256 }, false, ["encrypt"]);
    var iv = crypto.getRandomValues(new Uint8Array(12));
    var body = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv: iv }, key, bytes));
    var note = new Uint8Array(1 + point.length + iv.length + body.length);
    note[0] = 1; note.set(point, 1); note.set(iv, 1 + point.length); note.set(body, 1 + point.length + 12);
    return "0x" + hex(note);
  }
  async function seal(details, storeKeyHex) {
    return sealBytes(te.encode(JSON.stringify(details)), storeKeyHex, "ziliudi delivery note v1");
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
  /* The listing's price as the store writes it ("¥138.00"), from the offer's quote. */
  function listingText(minor, quote) {
    var d = BigInt(quote.decimals), a = BigInt(minor), unit = 10n ** d;
    var n = (a / unit).toString() + (d > 0n ? "." + (a % unit).toString().padStart(Number(d), "0") : "");
    return quote.before ? quote.symbol + n : n + " " + quote.symbol;
  }
  /* The rate the seller stated when signing, with its date. */
  function rateText(quote) {
    return "（汇率 1 " + quote.tokenSide + " = " + quote.rate + " " + quote.currency + "，" +
      quote.rateDate + "）";
  }
  /* What q units cost in the token; when the seller converted at a rate, the listing's
     amount comes first (a token of the store's own currency needs no second amount). */
  function totalText(v, q, token) {
    var paid = tokenText(BigInt(v.offer.price) * BigInt(q), token), quote = v.quote;
    if (!quote || !quote.rate) return paid;
    return listingText(BigInt(quote.price) * BigInt(q), quote) + " ≈ " + paid + rateText(quote);
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
    var payCodes = readJson("paycode-data");  /* the store's WeChat Pay / Alipay codes, if any */
    function refresh() {
      var v = chosen(), q = Math.max(1, parseInt(qty.value || "1", 10));
      $("offer-json").textContent = v.offer ? JSON.stringify(v.offer, null, 2) : "";
      $("pay").disabled = !v.offer || !data.chain;
      if (!v.offer || !data.chain) {
        $("total").textContent = "¥" + money(v.price) + " × " + q;
        if (!payCodes) say("此款暂不支持在线付款：卖家还没有签署它的价格。请联系卖家下单。", true);
        return;
      }
      $("status").hidden = true;
      $("total").textContent = totalText(v, q, data.chain.token) + "（卖家签名的价格 × " + q + "）";
    }
    select.addEventListener("change", refresh);
    qty.addEventListener("input", refresh);
    watchHandover(data, chosen);
    if (payCodes) scanPay(data, payCodes, chosen);
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
    var details = handoverDetails(data, v, q);
    $("pay").disabled = true;
    say("正在连接钱包…");
    var from = await connect(chain);
    var reply = await replyKey();
    details.reply = reply.publicText;
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
    rememberPickup(id, details, link);
    rememberReply(id, reply);
    link.hidden = false;
  }

  /* ---------- the tracking number, sealed by the seller for this browser ----------
   * The checkout makes a key pair for the order: its public half travels in the sealed
   * delivery note, its private half stays in this browser. The seller's app seals the
   * carrier and tracking number with ECDH between the store's key and that public half,
   * HKDF (salt "chain:contract:id", info from the page) and AES-GCM, into its markShipped
   * call: version 1 | IV (12) | body with tag. The order page finds that call by its Shipped
   * event and opens it; the GCM tag refuses anything changed on the way. */
  var CURVE = { name: "ECDH", namedCurve: "P-256" };
  /* The public half travels compressed (02|03 || x) in base64: 44 characters of the note
   * where the whole point in hex would be 130, and the buyer pays gas for every byte. */
  async function replyKey() {
    var pair = await crypto.subtle.generateKey(CURVE, true, ["deriveBits"]);
    var point = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
    var short = new Uint8Array(33);
    short[0] = 2 + (point[64] & 1);
    short.set(point.slice(1, 33), 1);
    return { pair: pair, publicText: btoa(String.fromCharCode.apply(null, short)) };
  }
  function rememberReply(id, reply) {
    crypto.subtle.exportKey("jwk", reply.pair.privateKey).then(function (jwk) {
      try { localStorage.setItem("ziliudi-reply-" + id, JSON.stringify(jwk)); } catch (e) { /* private mode */ }
    });
  }
  function word32(h, at) { return Number(BigInt("0x" + h.substr(at * 2, 64))); }
  /* The sealed bytes a markShipped or markShippedMany call carried for escrow `id` (hex, no
   * 0x), or null; the call's input is read by the ABI's layout of its two arguments. */
  function sealedFrom(input, id, f) {
    var sel = input.substr(0, 10).toLowerCase(), h = input.substr(10);
    function bytesAt(at) { return h.substr((at + 32) * 2, word32(h, at) * 2); }
    if (sel === f.markShipped.selector.toLowerCase()) {
      return BigInt("0x" + h.substr(0, 64)).toString() === id ? bytesAt(word32(h, 32)) : null;
    }
    if (sel !== f.markShippedMany.selector.toLowerCase()) return null;
    var ids = word32(h, 0), list = word32(h, 32), n = word32(h, ids);
    for (var i = 0; i < n; i++) {
      if (BigInt("0x" + h.substr((ids + 32 + 32 * i) * 2, 64)).toString() === id) {
        return bytesAt(list + 32 + word32(h, list + 32 + 32 * i));
      }
    }
    return null;
  }
  async function openTracking(sealed, jwk, data, id) {
    var chain = data.chain;
    var mine = await crypto.subtle.importKey("jwk", jwk, CURVE, false, ["deriveBits"]);
    var store = await crypto.subtle.importKey("raw", unhex(data.storeKey), CURVE, false, []);
    var shared = await crypto.subtle.deriveBits({ name: "ECDH", public: store }, mine, 256);
    var base = await crypto.subtle.importKey("raw", shared, "HKDF", false, ["deriveKey"]);
    var where = chain.chainId + ":" + chain.contract.toLowerCase() + ":" + id;
    var key = await crypto.subtle.deriveKey(
      { name: "HKDF", hash: "SHA-256", salt: te.encode(where), info: te.encode(data.trackingInfo) },
      base, { name: "AES-GCM", length: 256 }, false, ["decrypt"]);
    var bytes = unhex(sealed);
    if (bytes.length < 30 || bytes[0] !== 1) throw new Error("unknown kind");
    var plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes.slice(1, 13) }, key, bytes.slice(13));
    var lines = new TextDecoder("utf-8", { fatal: true }).decode(plain).split("\n");
    if (lines.length !== 2) throw new Error("unknown kind");
    return { carrier: lines[0], number: lines[1] };
  }
  var shownTracking = null;
  async function showTracking(id, data, state) {
    var box = $("order-tracking");
    if (!box || shownTracking === id || ["Shipped", "Disputed", "Closed"].indexOf(state) < 0) return;
    var jwk = null;
    try { jwk = JSON.parse(localStorage.getItem("ziliudi-reply-" + id) || "null"); } catch (e) { jwk = null; }
    if (!jwk || !data.storeKey || !data.trackingInfo) return;
    var chain = data.chain, idTopic = "0x" + BigInt(id).toString(16).padStart(64, "0");
    var logs = await rpc("eth_getLogs", [{ address: chain.contract, fromBlock: "earliest",
      toBlock: "latest", topics: [chain.shippedTopic, idTopic] }]);
    if (!logs.length) return;
    shownTracking = id;
    var tx = await rpc("eth_getTransactionByHash", [logs[logs.length - 1].transactionHash]);
    var sealed = tx && tx.to && tx.to.toLowerCase() === chain.contract.toLowerCase()
      ? sealedFrom(tx.input || tx.data || "", id, chain.functions) : null;
    box.hidden = false;
    try {
      if (!sealed) throw new Error("no shipment");
      var t = await openTracking(sealed, jwk, data, id);
      box.className = "";
      box.textContent = t.carrier === "自提" ? "取货码：" + t.number : "快递：" + t.carrier + "，单号 " + t.number;
    } catch (e) {
      box.className = "status error";
      box.textContent = "卖家发来的快递单号无法解开：它被改动过，或不是给这笔订单的。请联系卖家。";
    }
  }

  /* ---------- order: what the buyer may do, the terms, a settlement ---------- */
  /* The contract's id is its offer's index << 32 | the escrow's number in that offer;
   * people read it as "index-number", as the seller's app shows it. */
  function orderNumber(id) {
    var n = BigInt(id);
    return (n >> 32n).toString() + "-" + BigInt.asUintN(32, n).toString();
  }
  function parseOrderNumber(text) {
    var m = /^([0-9]{1,10})-([0-9]{1,10})$/.exec(text);
    if (!m || BigInt(m[1]) >= 2n ** 32n || BigInt(m[2]) >= 2n ** 32n) return null;
    return ((BigInt(m[1]) << 32n) | BigInt(m[2])).toString();
  }
  /* By the contract's state names; the config lists them in the contract's order. */
  var STATES = { None: "不存在", Funded: "已付款，等待卖家接单", Accepted: "卖家已接单",
    Shipped: "卖家已发货", Disputed: "争议中", Closed: "已结束" };
  var CLOSED = { completed: "已完成", refunded: "已退款", resolved: "已结束：按裁决或双方协议分配" };
  /* The current deadline in a buyer's words, before it and once it has passed. */
  var DEADLINES = {
    Funded: ["卖家需在 {t} 前接单；接单前你随时可以取消订单，货款全数退回。",
      "卖家没有在 {t} 前接单：你可以取回货款。"],
    Accepted: ["卖家需在 {t} 前发货；逾期不发货，你可以取回货款和卖家的保证金。",
      "卖家没有在 {t} 前发货：你可以取回货款和卖家的保证金。"],
    Shipped: ["请在 {t} 前确认收货或申请仲裁；逾期货款自动付给卖家。",
      "确认收货的期限 {t} 已过：卖家随时可以收款，你仍可以确认收货。"],
    Disputed: ["仲裁人需在 {t} 前裁决。",
      "仲裁人没有在 {t} 前裁决：你可以结束仲裁，货款退回给你。"]
  };
  /* A pickup order (到店自提) in the same states: the seller's "shipped" is "ready at the shop". */
  var PICKUP_STATES = { Shipped: "卖家已备好货，请到店自提" };
  var PICKUP_DEADLINES = {
    Accepted: ["卖家需在 {t} 前备好货；逾期没有备好，你可以取回货款和卖家的保证金。",
      "卖家没有在 {t} 前备好货：你可以取回货款和卖家的保证金。"]
  };
  var OPEN = ["Funded", "Accepted", "Shipped", "Disputed"];
  /* Each button of the page: the contract function it calls and how the page names it. */
  var ACTIONS = {
    cancel: { fn: "cancel", label: "取消订单" },
    refund: { fn: "refund", label: "取回货款" },
    reclaim: { fn: "reclaim", label: "取回货款和保证金" },
    confirm: { fn: "confirm", label: "确认收货" },
    dispute: { fn: "dispute", label: "申请仲裁" },
    timeout: { fn: "timeoutDispute", label: "结束超时的仲裁" }
  };
  var DAY = 86400;
  /* Windows shorter than this leave a buyer little time to notice; the page warns. */
  var SHORT_WINDOW = 3 * DAY;
  function when(seconds) { return new Date(Number(seconds) * 1000).toLocaleString("zh-CN"); }
  function duration(seconds) {
    var s = Number(seconds);
    return s % DAY === 0 ? (s / DAY) + " 天" : Math.round(s / 3600) + " 小时";
  }
  function isZero(address) { return BigInt(address) === 0n; }
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
  /* The chain's time, as the contract compares deadlines with it (the computer's clock
   * may be off, and a test chain's clock moves on its own). */
  async function chainNow() {
    try {
      return Number(BigInt((await rpc("eth_getBlockByNumber", ["latest", false])).timestamp));
    } catch (e) {
      return Math.floor(Date.now() / 1000);
    }
  }
  /* What the buyer may do in each state (the contract's own rules): cancel before the
   * seller accepts, and take the price back once the accept deadline has passed; take price
   * and bond back when the ship deadline passed unshipped; confirm once accepted, also in a
   * dispute; dispute before the ship or confirm deadline; end a dispute the arbitrator let
   * time out. */
  function allowed(state, deadline, now) {
    var before = now < deadline;
    return {
      cancel: state === "Funded" && before,
      refund: state === "Funded" && !before,
      reclaim: state === "Accepted" && !before,
      confirm: state === "Accepted" || state === "Shipped" || state === "Disputed",
      dispute: (state === "Accepted" || state === "Shipped") && before,
      timeout: state === "Disputed" && !before
    };
  }
  function stateText(state, deadline, now, pickup) {
    var text = (pickup && PICKUP_STATES[state]) || STATES[state] || state;
    var words = (pickup && PICKUP_DEADLINES[state]) || DEADLINES[state];
    if (words && deadline) {
      text += "（" + words[now < deadline ? 0 : 1].replace("{t}", when(deadline)) + "）";
    }
    return text;
  }
  /* The terms of the escrow as lines of text: what is held, the bond, the windows, the
   * arbitrator and its fee. terms: getTerms' Terms (windows), or null when unknown. */
  function termLines(view, terms, token, state) {
    var lines = ["货款：" + tokenText(view.price, token) + "（" + view.quantity + " 件）"];
    if (view.bond === 0n) lines.push("卖家保证金：无");
    else lines.push("卖家保证金：" + tokenText(view.bond, token) +
      (state === "Funded" ? "（卖家接单时交）" : "（卖家不按时发货，归你）"));
    if (terms) {
      lines.push("发货期限：接单后 " + duration(terms.shipWindow));
      lines.push("确认收货期限：发货后 " + duration(terms.confirmWindow));
      lines.push("仲裁期限：申请仲裁后 " + duration(terms.arbitrationWindow));
    }
    if (isZero(view.arbitrator)) {
      lines.push("仲裁人：无");
    } else {
      lines.push("仲裁人：" + view.arbitrator + "（卖家在报价中写明的第三方，不是卖家也不是你；发生争议时由它裁决）");
      lines.push("仲裁费：" + tokenText(view.arbitratorFee, token) + "（只在仲裁人裁决时收取）");
    }
    return lines;
  }
  /* Unusual terms a buyer should know of before relying on them. */
  function termWarnings(view, terms) {
    var out = [];
    if (view.bond === 0n) out.push("这笔订单没有保证金：卖家不发货也不会损失什么。");
    else if (view.bond * 10n < view.price) out.push("保证金不到货款的 10%：卖家不发货损失很小。");
    if (isZero(view.arbitrator)) out.push("没有仲裁人：发生争议时没有人裁决，只能和卖家协商。");
    if (terms) {
      var windows = [["发货", terms.shipWindow],
        ["确认收货", terms.confirmWindow],
        ["仲裁", terms.arbitrationWindow]];
      var short = windows.filter(function (w) { return Number(w[1]) < SHORT_WINDOW; });
      if (short.length) {
        out.push("期限很短：" + short.map(function (w) { return w[0] + "只有 " + duration(w[1]); })
          .join("，") + "，请留意时间。");
      }
    }
    return out;
  }
  function showList(id, lines) {
    var list = $(id);
    list.textContent = "";
    lines.forEach(function (line) {
      var li = document.createElement("li");
      li.textContent = line;
      list.appendChild(li);
    });
    list.hidden = !lines.length;
  }
  async function readTerms(chain, view) {
    var f = chain.functions.getTerms;
    try {
      /* the Terms tuple is static and comes first; the payees after it are not needed */
      var terms = decode(f.outputs.slice(0, 1), await ethCall(chain.contract, call(f, [view.offerHash])))[0];
      return terms.seller && !isZero(terms.seller) ? terms : null;
    } catch (e) {
      return null;
    }
  }

  /* A seller's settlement proposal as a code ("1-2.buyer.seller.nonce": the order number,
   * the two parts in token units and the escrow's settlement nonce), from a link's
   * ?settle= or pasted by the buyer; null when it is not one. */
  function parseProposal(text) {
    var m = /^([0-9]+-[0-9]+)\.([0-9]{1,78})\.([0-9]{1,78})\.([0-9]{1,5})$/.exec((text || "").trim());
    var id = m && parseOrderNumber(m[1]);
    if (!id) return null;
    return { escrowId: id, buyerAmount: BigInt(m[2]), sellerAmount: BigInt(m[3]), nonce: BigInt(m[4]) };
  }
  /* Why a proposal cannot be signed for this escrow now, or null. */
  function proposalProblem(p, id, view, state) {
    if (p.escrowId !== String(id)) return "这个协商方案是订单 " + orderNumber(p.escrowId) + " 的，不是这笔订单的。";
    if (OPEN.indexOf(state) < 0) return "订单已结束，不能再协商。";
    if (p.nonce !== BigInt(view.settlementNonce)) return "这个协商方案已作废（有一方撤回了之前的方案），请让卖家重新发一个。";
    if (p.buyerAmount + p.sellerAmount !== view.held) return "这个协商方案的金额和托管中的金额对不上，请让卖家重新发一个。";
    return null;
  }
  function proposalText(p, token) {
    return "卖家提议：你拿回 " + tokenText(p.buyerAmount, token) + "，卖家得到 " +
      tokenText(p.sellerAmount, token) + "（托管中共 " + tokenText(p.buyerAmount + p.sellerAmount, token) +
      "）。双方都签署后，任何一方提交，钱就按此分配，订单结束。";
  }
  /* The buyer's EIP-712 signature of the proposal, by the connected wallet; its message
   * is filled by the field names of the config's Settlement type. */
  async function signProposal(chain, from, p) {
    var frame = chain.settlement, message = {};
    frame.types[frame.primaryType].forEach(function (field) {
      if (!(field.name in p)) throw new Error("页面数据不完整（缺少 " + field.name + "），请联系卖家。");
      message[field.name] = p[field.name].toString();
    });
    var typed = { types: frame.types, primaryType: frame.primaryType, domain: frame.domain, message: message };
    return rpc("eth_signTypedData_v4", [from, JSON.stringify(typed)]);
  }
  /* ---------- dispute: the buyer's statement, sealed to the arbitrator's key ---------- */
  function hasArbitrator(view) { return Boolean(view) && BigInt(view.arbitrator) !== 0n; }
  /* What the page says about who rules a dispute of this escrow. */
  function arbitrationText(view, arbitration) {
    if (!hasArbitrator(view)) return "没有仲裁人：争议只能等到超时处理。";
    var card = arbitration.card;
    if (card && card.account.toLowerCase() === view.arbitrator.toLowerCase()) {
      return "仲裁人 " + view.arbitrator + (card.contact ? "（" + card.contact + "）" : "") +
        "。申请仲裁时可写一段陈述，只有仲裁人能看到。";
    }
    return "仲裁人 " + view.arbitrator + "。";
  }
  /* The statement argument of dispute(): "0x" for none, else the text sealed to the card's key. */
  async function sealedStatement(view, arbitration) {
    var text = ($("statement").value || "").trim();
    if (!text || !hasArbitrator(view)) return "0x";
    var card = arbitration.card;
    if (!card || card.account.toLowerCase() !== view.arbitrator.toLowerCase()) {
      throw new Error("本页没有这笔订单仲裁人的公钥，无法加密陈述：请清空陈述后再申请仲裁。");
    }
    var bytes = te.encode(text);
    if (bytes.length > arbitration.maxBytes) {
      throw new Error("陈述太长：最多 " + arbitration.maxBytes + " 字节（约 " +
        Math.floor(arbitration.maxBytes / 3) + " 个汉字）。");
    }
    return sealBytes(bytes, card.publicKey, arbitration.info);
  }
  function showStatement(view, canDispute, arbitration) {
    $("arbitration").textContent = view ? arbitrationText(view, arbitration) : "";
    $("statement-box").hidden = !(canDispute && hasArbitrator(view));
  }

  async function order() {
    var data = readJson("order-data");
    errorNames = (data.chain && data.chain.errors) || {};
    var params = new URLSearchParams(location.search);
    var id = params.get("id");
    var proposal = params.get("settle") ? parseProposal(params.get("settle")) : null;
    if (!id && proposal) id = proposal.escrowId;
    var buttons = {};
    Object.keys(ACTIONS).forEach(function (k) { buttons[k] = $(k); });
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
    if (params.get("settle") && !proposal) say("协商方案的代码不对，请让卖家重新发送。", true);
    var chain = data.chain, f = chain.functions, from = null, current = null;
    async function show() {
      var view = decode(f.getEscrow.outputs,
        await ethCall(chain.contract, call(f.getEscrow, [id])))[0];
      var state = chain.states[Number(view.state)] || String(view.state);
      var deadline = Number(view.deadline), now = await chainNow();
      var text = stateText(state, deadline, now, !!pickupPointOf(id, data));
      if (state === "Closed") text = (await closedAs(chain, id)) || text;
      $("order-state").textContent = text;
      var open = OPEN.indexOf(state) >= 0;
      var terms = open ? await readTerms(chain, view) : null;
      showList("order-terms", open ? termLines(view, terms, chain.token, state) : []);
      showList("order-warnings", open ? termWarnings(view, terms) : []);
      current = { view: view, state: state };
      if (open && from && from.toLowerCase() !== view.buyer.toLowerCase()) {
        showButtons({});
        say("当前钱包账户不是这笔订单的买家：请切换到付款时用的账户。", true);
      } else {
        showButtons(allowed(state, deadline, now));
      }
      showProposal();
      showStatement(view, !buttons.dispute.disabled, data.arbitration);
      showPickup(id, data, state);
      showTracking(id, data, state).catch(function () { /* the node would not say: no box */ });
      return state;
    }
    function showProposal() {
      var box = $("settlement");
      box.hidden = !proposal || !current;
      if (box.hidden) return;
      var problem = proposalProblem(proposal, id, current.view, current.state);
      $("settle-text").textContent = problem || proposalText(proposal, chain.token);
      $("settle-sign").disabled = !!problem || busy;
      $("settle-sign").style.display = problem ? "none" : "";
    }
    var busy = false;
    async function act(action, more) {
      if (busy) return;
      busy = true;
      showButtons({});
      var label = action.label;
      try {
        from = await connect(chain);
        say(label + "：请在钱包中确认…");
        await send(from, chain.contract, call(f[action.fn], more ? [id].concat(await more()) : [id]));
        say(label + "：完成。");
      } catch (e) {
        say(label + "没有成功：" + problem(e), true);
      } finally {
        busy = false;
        try { await show(); } catch (e) { say(problem(e), true); }
      }
    }
    async function sign() {
      if (busy || !proposal) return;
      busy = true;
      $("settle-sign").disabled = true;
      try {
        from = await connect(chain);
        if (from.toLowerCase() !== current.view.buyer.toLowerCase()) {
          throw new Error("当前钱包账户不是这笔订单的买家：请切换到付款时用的账户。");
        }
        say("请在钱包中签署协商方案…");
        var signature = await signProposal(chain, from, proposal);
        $("settle-reply").value = signature;
        $("settle-done").hidden = false;
        say("已签署。请把下面的回执代码发给卖家（比如微信），卖家提交后钱就按方案分配。");
      } catch (e) {
        say("签署没有成功：" + problem(e), true);
      } finally {
        busy = false;
        showProposal();
      }
    }
    /* the dispute carries the buyer's statement, sealed to the arbitrator's key */
    var extra = { dispute: async function () { return [await sealedStatement(current.view, data.arbitration)]; } };
    Object.keys(ACTIONS).forEach(function (k) {
      buttons[k].addEventListener("click", function () { act(ACTIONS[k], extra[k]); });
    });
    $("settle-sign").addEventListener("click", sign);
    $("settle-open").addEventListener("click", function () {
      var p = parseProposal($("settle-code").value);
      if (!p) { say("协商方案的代码不对，请检查后重新粘贴。", true); return; }
      if (p.escrowId !== String(id)) { location.search = "?id=" + p.escrowId + "&settle=" + encodeURIComponent($("settle-code").value.trim()); return; }
      proposal = p;
      $("settle-done").hidden = true;
      $("status").hidden = true;
      showProposal();
    });
    try { from = await connect(chain); await show(); } catch (e) { say(problem(e), true); }
  }

  /* ---------- pickup (到店自提): collect the order at one of the store's shops ----------
   * The chosen point travels sealed in the delivery note in place of an address; the order
   * page learns it from its link (or this browser's memory of the checkout) and, once the
   * seller has marked the order ready, shows the QR the counter scans. */
  var PICKUP_PREFIX = "ZLD-PICKUP:";
  function handoverOf(data, v) {
    return (data.pickup && data.pickup.handover[String(v.listing)]) || "delivery";
  }
  function chosenPoint(data, v) {
    var how = handoverOf(data, v);
    if (how === "delivery" || (how === "both" && $("handover").value !== "pickup")) return null;
    return data.pickup.points[Number($("pickup-point").value)] || null;
  }
  function pointText(p) {
    return [p.address, p.hours ? "营业时间 " + p.hours : "", p.phone ? "电话 " + p.phone : ""]
      .filter(Boolean).join("，");
  }
  function showHandover(data, v) {
    if (!$("pickup-box")) return;
    var how = handoverOf(data, v);
    $("pickup-box").hidden = how === "delivery";
    if (how !== "both") $("handover").value = how;
    $("handover").disabled = how !== "both";
    var point = chosenPoint(data, v);
    $("pickup-choice").hidden = !point;
    $("address-box").hidden = Boolean(point);
    $("pickup-info").textContent = point ? pointText(point) : "";
  }
  function watchHandover(data, chosen) {
    if (!$("pickup-box")) return;
    var update = function () { showHandover(data, chosen()); };
    ["variant", "handover", "pickup-point"].forEach(function (id) { $(id).addEventListener("change", update); });
    update();
  }
  /* The sealed details: the buyer's name and phone with either an address or a pickup point. */
  function handoverDetails(data, v, q) {
    var details = { name: $("name").value.trim(), phone: $("phone").value.trim(),
      note: $("note").value.trim(), listing: v.listing, variant: v.variant, quantity: q };
    var point = chosenPoint(data, v);
    if (point) {
      if (!details.name || !details.phone) throw new Error("请填写取货人和电话。");
      details.pickup = { name: point.name, address: point.address, hours: point.hours, phone: point.phone };
      return details;
    }
    details.address = $("address").value.trim();
    if (!details.name || !details.phone || !details.address) throw new Error("请填写收货人、电话和地址。");
    return details;
  }
  function rememberPickup(id, details, link) {
    if (!details.pickup) return;
    link.href += "&pickup=" + encodeURIComponent(details.pickup.name);
    try { localStorage.setItem("ziliudi-pickup-" + id, details.pickup.name); } catch (e) { /* private mode */ }
  }
  function pickupPointOf(id, data) {
    var name = new URLSearchParams(location.search).get("pickup");
    if (!name) {
      try { name = localStorage.getItem("ziliudi-pickup-" + id); } catch (e) { name = null; }
    }
    return (data.pickupPoints || []).filter(function (p) { return p.name === name; })[0] || null;
  }
  function showPickup(id, data, state) {
    var point = pickupPointOf(id, data), box = $("pickup");
    if (!box) return;
    box.hidden = !point;
    if (!point) return;
    var ready = state === "Shipped";
    $("pickup-where").textContent = "自提门店：" + point.name + "（" + pointText(point) + "）" +
      (ready ? "。卖家已备好货，请到店取货。" : state === "Closed" ? "" : "。卖家备好货后，这里会出现取货二维码。");
    var canvas = $("pickup-qr"), text = PICKUP_PREFIX + orderNumber(id);
    canvas.hidden = !ready;
    canvas.style.display = ready ? "" : "none";
    $("pickup-text").textContent = ready ? "订单号 " + orderNumber(id) : "";
    if (ready) drawQr(canvas, qrCode(text), 4);
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
