"""graphlib: TopologicalSorter and CycleError as CPython 3.11 (same node order: ready nodes in insertion
order, successors released in the order their edges were added; the cycle reported is the first one
a depth-first search over the nodes in insertion order finds)."""

__all__ = ["TopologicalSorter", "CycleError"]

_NODE_OUT = -1
_NODE_DONE = -2


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        # predecessors not yet done; _NODE_OUT once handed out by get_ready, _NODE_DONE once done
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists its nodes, the first repeated at the end."""
    pass


class TopologicalSorter:
    """Topological ordering of a graph of hashable nodes, optionally in parallel batches."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [i.node for i in self._node2info.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            stat = info.npredecessors
            if stat != _NODE_OUT:
                if stat >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _NODE_DONE
            for succ in info.successors:
                sinfo = n2i[succ]
                sinfo.npredecessors -= 1
                if sinfo.npredecessors == 0:
                    self._ready_nodes.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        # iterative depth-first search along successor edges, nodes in insertion order
        n2i = self._node2info
        stack, itstack, seen, pos = [], [], set(), {}
        for node in n2i:
            if node in seen:
                continue
            while True:
                if node in seen:
                    if node in pos:
                        return stack[pos[node]:] + [node]
                else:
                    seen.add(node)
                    itstack.append(iter(n2i[node].successors).__next__)
                    pos[node] = len(stack)
                    stack.append(node)
                while stack:
                    try:
                        node = itstack[-1]()
                        break
                    except StopIteration:
                        del pos[stack.pop()]
                        itstack.pop()
                else:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
